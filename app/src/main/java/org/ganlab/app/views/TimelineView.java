package org.ganlab.app.views;

import java.util.Map;
import java.util.WeakHashMap;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.ganlab.app.model.Snapshot;
import org.ganlab.app.viewmodels.TimelineViewModel;

/** The epoch timeline: the selected snapshot, a scrub slider, playback, and a strip of every snapshot. */
public final class TimelineView {

    private static final double THUMB = 92;

    private final TimelineViewModel vm;
    private final HBox root = new HBox(14);
    private final ImageView preview = new ImageView();
    private final Slider slider = new Slider(0, 0, 0);
    private final ListView<Snapshot> strip = new ListView<>();
    private final Map<Snapshot, Image> thumbnails = new WeakHashMap<>();
    private Timeline player;

    public TimelineView(TimelineViewModel vm) {
        this.vm = vm;
        createView();
        initListeners();
    }

    public Node root() {
        return root;
    }

    private void createView() {
        preview.setFitWidth(132);
        preview.setFitHeight(132);
        preview.setPreserveRatio(true);
        preview.setSmooth(false);
        preview.setId("timeline-preview");

        Label title = new Label("Epoch timeline");
        title.getStyleClass().add("panel-title");
        Button play = new Button();
        play.setId("timeline-play");
        play.textProperty().bind(Bindings.when(vm.playingProperty()).then("❚❚  Pause").otherwise("▶  Play"));
        play.disableProperty().bind(Bindings.size(vm.frames()).lessThan(2));
        play.setOnAction(e -> vm.togglePlay());
        ChoiceBox<Double> speed = new ChoiceBox<>(FXCollections.observableArrayList(2.0, 4.0, 8.0, 15.0, 30.0));
        speed.setId("timeline-speed");
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double fps) {
                return fps == null ? "" : String.format("%.0f frames/s", fps);
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s.split(" ")[0]);
            }
        });
        speed.valueProperty().bindBidirectional(vm.framesPerSecondProperty().asObject());
        slider.setId("timeline-slider");
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(1);
        slider.setSnapToTicks(true);
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label caption = new Label();
        caption.setId("timeline-caption");
        caption.getStyleClass().add("caption");
        caption.setMinWidth(260);
        caption.textProperty().bind(Bindings.createStringBinding(this::caption, vm.selectedProperty(), vm.frames()));
        HBox controls = new HBox(10, title, play, speed, slider, caption);
        controls.setAlignment(Pos.CENTER_LEFT);

        strip.setId("timeline-strip");
        strip.setItems(vm.frames());
        strip.setOrientation(Orientation.HORIZONTAL);
        strip.setFixedCellSize(THUMB + 8);
        strip.setPrefHeight(THUMB + 18);
        strip.setMinHeight(THUMB + 18);
        strip.setCellFactory(list -> new ThumbnailCell());
        strip.setPlaceholder(new Label("Snapshots collect here while training; scrub or play them back."));
        VBox right = new VBox(8, controls, strip);
        HBox.setHgrow(right, Priority.ALWAYS);
        javafx.scene.layout.StackPane previewFrame = new javafx.scene.layout.StackPane(preview);
        previewFrame.getStyleClass().add("image-frame");
        previewFrame.setMinSize(144, 144);
        previewFrame.setMaxSize(144, 144);
        root.getChildren().addAll(previewFrame, right);
        root.getStyleClass().addAll("card", "timeline");
    }

    private String caption() {
        Snapshot s = vm.selectedProperty().get();
        return s == null ? "No snapshots yet"
                : s.caption() + "   (" + (vm.indexProperty().get() + 1) + " of " + vm.size() + ")";
    }

    private void initListeners() {
        slider.maxProperty().bind(Bindings.max(0, Bindings.size(vm.frames()).subtract(1)));
        slider.disableProperty().bind(Bindings.size(vm.frames()).lessThan(2));
        slider.valueProperty().addListener((obs, was, now) -> vm.select((int) Math.round(now.doubleValue())));
        vm.indexProperty().addListener((obs, was, now) -> showIndex(now.intValue()));
        strip.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> vm.select(now.intValue()));
        vm.playingProperty().addListener((obs, was, now) -> playback(now));
        vm.framesPerSecondProperty().addListener((obs, was, now) -> playback(vm.playingProperty().get()));
    }

    private void showIndex(int i) {
        Snapshot s = vm.selectedProperty().get();
        preview.setImage(s == null ? null : thumbnail(s));
        if (i >= 0 && Math.round(slider.getValue()) != i) {
            slider.setValue(i);
        }
        if (i >= 0 && strip.getSelectionModel().getSelectedIndex() != i) {
            strip.getSelectionModel().select(i);
            strip.scrollTo(Math.max(0, i - 3));
        }
    }

    private void playback(boolean playing) {
        if (player != null) {
            player.stop();
        }
        if (playing) {
            player = new Timeline(new KeyFrame(Duration.seconds(1 / vm.framesPerSecondProperty().get()),
                    e -> vm.advance()));
            player.setCycleCount(Animation.INDEFINITE);
            player.play();
        }
    }

    private Image thumbnail(Snapshot s) {
        return thumbnails.computeIfAbsent(s, k -> FxImages.of(k.grid(), 1));
    }

    private final class ThumbnailCell extends ListCell<Snapshot> {
        private final ImageView view = new ImageView();

        ThumbnailCell() {
            view.setFitWidth(THUMB);
            view.setFitHeight(THUMB);
            view.setPreserveRatio(true);
            view.setSmooth(true);
        }

        @Override
        protected void updateItem(Snapshot item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setGraphic(empty || item == null ? null : view);
            view.setImage(empty || item == null ? null : thumbnail(item));
            setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item.caption()));
        }
    }
}
