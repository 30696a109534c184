package org.ganlab.app.views;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ganlab.app.viewmodels.ComparedSamples;

/** The compared runs' sample grids side by side, and the one slider that moves them all. */
final class ComparedSamplesView {

    private static final double GRID_SIZE = 190;

    private final ComparedSamples samples;
    private final VBox root = new VBox(8);
    private final Slider slider = new Slider(0, 1, 0);
    private final Label at = new Label();
    private final FlowPane grids = new FlowPane(10, 10);

    ComparedSamplesView(ComparedSamples samples) {
        this.samples = samples;
        createView();
        initListeners();
    }

    Node root() {
        return root;
    }

    private void createView() {
        Label title = new Label("Samples at the same iteration");
        title.getStyleClass().add("panel-title");
        slider.setId("compare-scrubber");
        HBox.setHgrow(slider, Priority.ALWAYS);
        at.setId("compare-iteration");
        at.setMinWidth(110);
        HBox scrub = new HBox(10, slider, at);
        scrub.setAlignment(Pos.CENTER_LEFT);
        grids.setId("compare-grids");
        root.getChildren().addAll(title, scrub, grids);
    }

    private void initListeners() {
        // the range widens before it narrows, so the slider never holds min > max
        samples.firstProperty().addListener((obs, was, now) -> {
            slider.setMax(Math.max(slider.getMax(), now.doubleValue()));
            slider.setMin(now.doubleValue());
        });
        samples.lastProperty().addListener((obs, was, now) -> {
            slider.setMin(Math.min(slider.getMin(), now.doubleValue()));
            slider.setMax(now.doubleValue());
        });
        slider.valueProperty().addListener((obs, was, now) -> samples.iterationProperty().set(Math.round(now.doubleValue())));
        samples.iterationProperty().addListener((obs, was, now) -> {
            slider.setValue(now.doubleValue());
            at.setText("iteration " + now);
        });
        samples.cells().addListener((javafx.collections.ListChangeListener<ComparedSamples.Cell>) c -> drawGrids());
    }

    private void drawGrids() {
        grids.getChildren().clear();
        for (ComparedSamples.Cell cell : samples.cells()) {
            ImageView image = new ImageView(cell.grid() == null ? null : FxImages.of(cell.grid(), 1));
            image.setFitWidth(GRID_SIZE);
            image.setFitHeight(GRID_SIZE);
            image.setPreserveRatio(true);
            image.setSmooth(false);
            Label caption = RunSwatch.labelled(cell.name(), cell.index());
            Label shown = new Label(cell.snapshot() == null ? "no snapshot" : "snapshot at iteration " + cell.iteration());
            shown.getStyleClass().add("caption");
            StackPane frame = new StackPane(image); // keeps its place while the PNG is read
            frame.setMinSize(GRID_SIZE, GRID_SIZE);
            VBox box = new VBox(4, caption, frame, shown);
            box.setMinWidth(GRID_SIZE);
            grids.getChildren().add(box);
        }
    }
}
