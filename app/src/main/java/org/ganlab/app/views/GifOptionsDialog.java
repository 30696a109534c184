package org.ganlab.app.views;

import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import org.ganlab.app.services.ExportService.GifOptions;

/** Asks how the training GIF should look: frame delay, loops, captions, size. */
public final class GifOptionsDialog extends Dialog<GifOptions> {

    public GifOptionsDialog(GifOptions initial, int frames) {
        setTitle("Export training GIF");
        setHeaderText("An animated GIF of the " + frames + " snapshots in the timeline");
        Spinner<Integer> delay = new Spinner<>(10, 5000, initial.delayMs(), 10);
        delay.setEditable(true);
        Spinner<Integer> loops = new Spinner<>(0, 100, initial.loopCount(), 1);
        loops.setEditable(true);
        CheckBox captions = new CheckBox("Caption each frame with its epoch and iteration");
        captions.setSelected(initial.captions());
        ChoiceBox<Integer> scale = new ChoiceBox<>(FXCollections.observableArrayList(1, 2, 3, 4));
        scale.setValue(initial.scale());
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, new Label("Frame delay (ms)"), delay);
        form.addRow(1, new Label("Loops (0 = forever)"), loops);
        form.addRow(2, new Label("Pixel scale"), scale);
        form.add(captions, 0, 3, 2, 1);
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button == ButtonType.OK
                ? new GifOptions(delay.getValue(), loops.getValue(), captions.isSelected(), scale.getValue())
                : null);
    }
}
