package org.ganlab.app.views;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ganlab.app.model.AboutFacts.Licence;
import org.ganlab.app.viewmodels.AboutViewModel;

/** Help ▸ About GAN Lab FX…: version, backend, runtime, bundled licences and data sources; Copy puts it all on the clipboard. */
public final class AboutView extends Dialog<Void> {

    private static final ButtonType COPY = new ButtonType("Copy", ButtonBar.ButtonData.LEFT);

    public AboutView(AboutViewModel vm, Window owner) {
        initOwner(owner);
        setTitle("About GAN Lab FX");
        setHeaderText(vm.title());
        AppIcons.all().stream().filter(i -> i.getWidth() == 64).findFirst().ifPresent(this::headerIcon);
        Label backend = new Label();
        backend.setId("about-backend");
        backend.textProperty().bind(vm.backendProperty());
        backend.setWrapText(true);
        Label runtime = new Label(vm.runtime());
        runtime.setId("about-runtime");
        Label data = new Label(String.join("\n", vm.dataSources()));
        data.setWrapText(true);
        VBox content = new VBox(10, backend, runtime, heading("Bundled libraries"), licenceTable(vm),
                heading("Data"), data);
        content.setPadding(new Insets(4, 4, 4, 4));
        content.setPrefWidth(720);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(460);
        getDialogPane().setContent(scroll);
        getDialogPane().setId("about");
        getDialogPane().getButtonTypes().addAll(COPY, ButtonType.CLOSE);
        // Copy must not close the box: consume its action after copying.
        getDialogPane().lookupButton(COPY).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent text = new ClipboardContent();
            text.putString(vm.text());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(text);
            e.consume();
        });
        if (owner != null && owner.getScene() != null) {
            getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
    }

    private void headerIcon(Image icon) {
        setGraphic(new ImageView(icon));
    }

    private static GridPane licenceTable(AboutViewModel vm) {
        GridPane table = new GridPane();
        table.setId("about-licences");
        table.setHgap(16);
        table.setVgap(3);
        int row = 0;
        for (Licence l : vm.licences()) {
            Label name = new Label(l.component());
            name.setWrapText(true);
            name.setMaxWidth(330);
            Label licence = new Label(l.licence());
            licence.setWrapText(true);
            licence.setMaxWidth(280);
            Label version = new Label(l.version());
            version.setMinWidth(Region.USE_PREF_SIZE); // "1.0.0-M2.1" in full, never "1.0.0-M..."
            table.addRow(row++, name, version, licence);
        }
        return table;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
}
