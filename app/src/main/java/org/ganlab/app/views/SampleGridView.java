package org.ganlab.app.views;

import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;
import org.ganlab.app.model.GridImage;
import org.ganlab.app.viewmodels.SamplesViewModel;

/**
 * The 8×8 grid of samples from fixed noise, with real training images beside it. Clicking a
 * sample zooms onto it (and keeps following it as training goes on); clicking again returns.
 */
public final class SampleGridView {

    static final double SIZE = 336;

    private final SamplesViewModel vm;
    private final HBox root = new HBox(16);
    private final ImageView generated = new ImageView();
    private final ImageView zoomed = new ImageView();
    private final ImageView real = new ImageView();
    private final VBox rowLabels = new VBox();

    public SampleGridView(SamplesViewModel vm) {
        this.vm = vm;
        createView();
        initListeners();
    }

    public Node root() {
        return root;
    }

    private void createView() {
        for (ImageView v : new ImageView[] {generated, zoomed, real}) {
            v.setFitWidth(SIZE);
            v.setFitHeight(SIZE);
            v.setPreserveRatio(true);
            v.setSmooth(false);
        }
        generated.setId("sample-grid");
        zoomed.setId("sample-zoom");
        real.setId("real-grid");
        Label empty = placeholder("Samples appear here a few seconds after Train");
        empty.visibleProperty().bind(generated.imageProperty().isNull());
        StackPane frame = new StackPane(empty, generated, zoomed);
        frame.getStyleClass().add("image-frame");
        frame.setCursor(Cursor.HAND);
        frame.setOnMouseClicked(this::clicked);
        Tooltip.install(frame, new Tooltip("Click a sample to zoom in; click again for the grid"));
        zoomed.setVisible(false);

        Label title = new Label("Generated samples");
        title.getStyleClass().add("panel-title");
        Label caption = new Label();
        caption.setId("sample-caption");
        caption.getStyleClass().add("caption");
        caption.textProperty().bind(vm.captionProperty());
        ToggleSwitch showReal = new ToggleSwitch("Real images");
        showReal.setId("toggle-real");
        showReal.selectedProperty().bindBidirectional(vm.showRealProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, showReal);
        head.setAlignment(Pos.CENTER_LEFT);
        rowLabels.setId("row-labels");
        rowLabels.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.rowLabels()));
        rowLabels.managedProperty().bind(rowLabels.visibleProperty());
        rowLabels.setPadding(new javafx.geometry.Insets(6, 0, 6, 0));
        HBox labelled = new HBox(6, rowLabels, frame);
        labelled.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(6, head, labelled, caption);

        Label realTitle = new Label("Real training images");
        realTitle.getStyleClass().add("panel-title");
        Label realCaption = new Label();
        realCaption.getStyleClass().add("caption");
        realCaption.textProperty().bind(vm.realCaptionProperty());
        StackPane realFrame = new StackPane(real);
        realFrame.getStyleClass().add("image-frame");
        VBox right = new VBox(6, realTitle, realFrame, realCaption);
        right.setId("real-panel");
        right.visibleProperty().bind(vm.showRealProperty());
        right.managedProperty().bind(right.visibleProperty());
        head.setMinHeight(30);
        realTitle.setMinHeight(30);
        root.getChildren().addAll(left, right);
        root.getStyleClass().add("card");
        root.setAlignment(Pos.CENTER);
        root.heightProperty().addListener((obs, was, now) -> fit(now.doubleValue()));
    }

    /** Images as large as the card's height allows, within limits that leave room for the charts. */
    private void fit(double height) {
        double size = Math.max(240, Math.min(400, height - 100));
        for (ImageView v : new ImageView[] {generated, zoomed, real}) {
            v.setFitWidth(size);
            v.setFitHeight(size);
        }
        rowLabels.setPrefHeight(size + 12);
        rowLabels.setMaxHeight(size + 12);
    }

    /** One label per row of a conditional grid (its class), each as tall as the row. */
    private void showRowLabels() {
        rowLabels.getChildren().clear();
        for (String name : vm.rowLabels()) {
            Label l = new Label(name);
            l.getStyleClass().add("row-label");
            l.setMaxHeight(Double.MAX_VALUE);
            l.setMinWidth(Region.USE_PREF_SIZE);
            VBox.setVgrow(l, Priority.ALWAYS);
            rowLabels.getChildren().add(l);
        }
    }

    private static Label placeholder(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("placeholder");
        l.setWrapText(true);
        l.setMaxWidth(SIZE - 40);
        return l;
    }

    private void initListeners() {
        vm.gridProperty().addListener((obs, was, now) -> generated.setImage(image(now)));
        vm.zoomedProperty().addListener((obs, was, now) -> showZoom(now));
        vm.realGridProperty().addListener((obs, was, now) -> real.setImage(image(now)));
        vm.rowLabels().addListener((javafx.collections.ListChangeListener<String>) c -> showRowLabels());
        generated.setImage(image(vm.getGrid()));
        real.setImage(image(vm.realGridProperty().get()));
    }

    private void clicked(MouseEvent e) {
        if (vm.zoomCell() >= 0) {
            vm.unzoom();
        } else if (generated.getImage() != null) {
            var b = generated.getBoundsInParent();
            vm.zoomAt((e.getX() - b.getMinX()) / b.getWidth(), (e.getY() - b.getMinY()) / b.getHeight());
        }
    }

    private void showZoom(GridImage cell) {
        zoomed.setImage(cell == null ? null : FxImages.of(cell, 8));
        zoomed.setVisible(cell != null);
        generated.setVisible(cell == null);
    }

    private static javafx.scene.image.Image image(GridImage grid) {
        return grid == null ? null : FxImages.of(grid, Math.max(1, (int) Math.ceil(SIZE / grid.width())));
    }
}
