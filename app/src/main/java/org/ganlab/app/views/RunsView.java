package org.ganlab.app.views;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import java.util.function.Function;
import org.ganlab.app.viewmodels.CompareViewModel;
import org.ganlab.app.viewmodels.RunRow;
import org.ganlab.app.viewmodels.RunsViewModel;

/**
 * The runs page: a table of past runs with thumbnails (select several with Ctrl or Shift), and
 * under it the Compare view of the runs last compared.
 */
public final class RunsView {

    private final RunsViewModel vm;
    private final SplitPane root = new SplitPane();
    private final TableView<RunRow> table = new TableView<>();
    private final Button compare = new Button("Compare selected");

    public RunsView(RunsViewModel vm) {
        this.vm = vm;
        createView();
        initListeners();
    }

    public Node root() {
        return root;
    }

    private void createView() {
        table.setId("runs-table");
        table.setItems(vm.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<RunRow, RunRow> thumb = new TableColumn<>("");
        thumb.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        thumb.setCellFactory(c -> new ThumbnailCell());
        thumb.setPrefWidth(64);
        table.getColumns().add(thumb);
        table.getColumns().addAll(List.of(
                text("Date", RunRow::date, 130), text("Data", RunRow::dataset, 70),
                text("Model", RunRow::model, 110), text("Key hyperparameters", RunRow::hyperparameters, 330),
                text("Progress", RunRow::progress, 150), text("Last losses", RunRow::losses, 150),
                text("Live changes", RunRow::changes, 220),
                text("Folder", RunRow::name, 260)));
        table.setRowFactory(t -> {
            TableRow<RunRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> openOnDoubleClick(row, e.getClickCount()));
            return row;
        });
        table.setPlaceholder(new Label("No runs yet: train one and it appears here."));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label title = new Label("Past runs");
        title.getStyleClass().add("panel-title");
        Label message = new Label();
        message.getStyleClass().add("caption");
        message.textProperty().bind(vm.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> vm.refresh());
        Button open = new Button("Open in Train");
        open.setId("btn-open-run");
        open.getStyleClass().add("accent");
        open.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        open.setOnAction(e -> vm.open(table.getSelectionModel().getSelectedItem()));
        compare.setId("btn-compare-runs");
        compare.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !CompareViewModel.canCompare(table.getSelectionModel().getSelectedItems().size()),
                table.getSelectionModel().getSelectedItems()));
        compare.setOnAction(e -> vm.compareSelected(List.copyOf(table.getSelectionModel().getSelectedItems())));
        Label pick = new Label("Ctrl- or Shift-click 2 to 6 runs to compare them.");
        pick.getStyleClass().add("caption");
        HBox head = new HBox(10, title, message, spacer, pick, refresh, compare, open);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(10, head, table);
        top.getStyleClass().add("card");

        Node bottom = new CompareView(vm.compare()).root();
        root.getItems().addAll(top, bottom);
        root.setOrientation(Orientation.VERTICAL);
        root.setDividerPositions(0.36);
        root.getStyleClass().add("workspace");
    }

    private void initListeners() {
        table.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<RunRow>) c -> compare.setText(compareLabel()));
    }

    private String compareLabel() {
        int n = table.getSelectionModel().getSelectedItems().size();
        return n < 2 ? "Compare selected" : "Compare " + n + " runs";
    }

    private void openOnDoubleClick(TableRow<RunRow> row, int clicks) {
        if (clicks == 2 && !row.isEmpty()) {
            vm.open(row.getItem());
        }
    }

    private static TableColumn<RunRow, String> text(String title, Function<RunRow, String> value, double width) {
        TableColumn<RunRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setEditable(false);
        return c;
    }

    private static final class ThumbnailCell extends TableCell<RunRow, RunRow> {
        private final ImageView view = new ImageView();

        ThumbnailCell() {
            view.setFitWidth(48);
            view.setFitHeight(48);
            view.setPreserveRatio(true);
        }

        @Override
        protected void updateItem(RunRow item, boolean empty) {
            super.updateItem(item, empty);
            boolean none = empty || item == null || item.info().thumbnail() == null;
            view.setImage(none ? null : new Image(item.info().thumbnail().toUri().toString(), 48, 48, true, true, true));
            setGraphic(none ? null : view);
        }
    }
}
