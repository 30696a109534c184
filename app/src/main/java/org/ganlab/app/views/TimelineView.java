package org.ganlab.app.views;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.ganlab.app.model.DiagnosisSpan;
import org.ganlab.app.model.GridImage;
import org.ganlab.app.model.TimelineFrame;
import org.ganlab.app.viewmodels.TimelineViewModel;

/**
 * The epoch timeline: the selected snapshot, a scrub slider over every snapshot, playback, and a
 * strip of thumbnails (at most {@link TimelineViewModel#STRIP_FRAMES}, evenly spaced). The view
 * keeps no images of its own beyond what is on screen.
 */
public final class TimelineView {

    private static final double THUMB = 92;

    private final TimelineViewModel vm;
    private final HBox root = new HBox(14);
    private final ImageView preview = new ImageView();
    private final Slider slider = new Slider(0, 0, 0);
    private final ListView<TimelineFrame> strip = new ListView<>();
    private Timeline player;
    // true while the view moves the strip's selection itself, so that does not move the timeline's
    private boolean syncing;
    private List<DiagnosisSpan> diagnoses = List.of();

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
        strip.setItems(vm.strip());
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
        TimelineFrame s = vm.selectedProperty().get();
        return s == null ? "No snapshots yet"
                : s.caption() + "   (" + (vm.indexProperty().get() + 1) + " of " + vm.size() + ")";
    }

    private void initListeners() {
        slider.maxProperty().bind(Bindings.max(0, Bindings.size(vm.frames()).subtract(1)));
        slider.disableProperty().bind(Bindings.size(vm.frames()).lessThan(2));
        slider.valueProperty().addListener((obs, was, now) -> vm.select((int) Math.round(now.doubleValue())));
        vm.indexProperty().addListener((obs, was, now) -> showIndex(now.intValue()));
        vm.imageProperty().addListener((obs, was, now) -> preview.setImage(image(now)));
        // the strip's end changes as frames arrive: put its selection back on the timeline's frame
        vm.strip().addListener((javafx.collections.ListChangeListener<TimelineFrame>) c -> showIndex(vm.indexProperty().get()));
        strip.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> stripSelected(now.intValue()));
        vm.playingProperty().addListener((obs, was, now) -> playback(now));
        vm.framesPerSecondProperty().addListener((obs, was, now) -> playback(vm.playingProperty().get()));
    }

    private void showIndex(int i) {
        if (i >= 0 && Math.round(slider.getValue()) != i) {
            slider.setValue(i);
        }
        int entry = vm.stripIndexOf(i);
        if (entry >= 0 && strip.getSelectionModel().getSelectedIndex() != entry) {
            syncing = true;
            strip.getSelectionModel().select(entry);
            strip.scrollTo(Math.max(0, entry - 3));
            syncing = false;
        }
    }

    private void stripSelected(int entry) {
        if (!syncing) {
            vm.selectStripEntry(entry);
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

    private static Image image(GridImage grid) {
        return grid == null ? null : FxImages.of(grid, 1);
    }

    /**
     * Marks the strip where the training doctor's diagnoses hold: a band in the severity's colour
     * under each thumbnail inside one, brighter where it starts or ends.
     */
    public void markDiagnoses(ObservableList<DiagnosisSpan> diagnoses) {
        this.diagnoses = diagnoses;
        diagnoses.addListener((ListChangeListener<DiagnosisSpan>) c -> strip.refresh());
        strip.refresh();
    }

    /** The diagnosis that marks strip entry {@code i} (the most severe if several), or null. */
    private DiagnosisSpan markOf(int i) {
        List<TimelineFrame> items = strip.getItems();
        long it = items.get(i).iteration();
        DiagnosisSpan worst = null;
        for (DiagnosisSpan d : diagnoses) {
            if (d.covers(it) && (worst == null || d.severity().compareTo(worst.severity()) > 0)) {
                worst = d;
            }
        }
        return worst;
    }

    /** True when {@code d} starts or ends between strip entry {@code i} and its neighbours. */
    private boolean isEdge(DiagnosisSpan d, int i) {
        List<TimelineFrame> items = strip.getItems();
        long it = items.get(i).iteration();
        long before = i > 0 ? items.get(i - 1).iteration() : Long.MIN_VALUE;
        long after = i + 1 < items.size() ? items.get(i + 1).iteration() : Long.MAX_VALUE;
        return (d.start() > before && d.start() <= it) || (!d.ongoing() && d.end() >= it && d.end() < after);
    }

    /** One thumbnail of the strip; its image is made again only when the cell shows another frame. */
    private final class ThumbnailCell extends ListCell<TimelineFrame> {
        private final ImageView view = new ImageView();
        private final Region band = new Region();
        private final javafx.scene.layout.StackPane box = new javafx.scene.layout.StackPane(view, band);
        private TimelineFrame shown;

        ThumbnailCell() {
            view.setFitWidth(THUMB);
            view.setFitHeight(THUMB);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            band.setMinHeight(5);
            band.setMaxHeight(5);
            band.setMaxWidth(THUMB);
            band.getStyleClass().add("doctor-band");
            javafx.scene.layout.StackPane.setAlignment(band, Pos.BOTTOM_CENTER);
        }

        @Override
        protected void updateItem(TimelineFrame item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            TimelineFrame now = empty ? null : item;
            setGraphic(now == null ? null : box);
            DiagnosisSpan mark = now == null ? null : markOf(getIndex());
            band.getStyleClass().setAll("doctor-band");
            if (mark != null) {
                band.getStyleClass().add("doctor-" + mark.severity().name().toLowerCase(java.util.Locale.ROOT));
                if (isEdge(mark, getIndex())) {
                    band.getStyleClass().add("edge");
                }
            }
            if (now != shown) {
                shown = now;
                view.setImage(now == null ? null : image(now.thumbnail()));
            }
            String tip = now == null ? null : now.caption()
                    + (mark == null ? "" : "\n" + mark.label() + (mark.ongoing() ? " (ongoing)" : ""));
            if (tip == null || getTooltip() == null || !tip.equals(getTooltip().getText())) {
                setTooltip(tip == null ? null : new javafx.scene.control.Tooltip(tip));
            }
        }
    }
}
