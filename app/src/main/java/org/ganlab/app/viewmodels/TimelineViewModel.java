package org.ganlab.app.viewmodels;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganlab.app.model.Snapshot;

/**
 * The epoch timeline: every snapshot of the run in order, the one being looked at, and playback.
 * While the selection is on the newest frame it follows new frames; scrubbing back stops that.
 */
public final class TimelineViewModel {

    private final ObservableList<Snapshot> frames = FXCollections.observableArrayList();
    private final IntegerProperty index = new SimpleIntegerProperty(-1);
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final DoubleProperty framesPerSecond = new SimpleDoubleProperty(8);
    private final ObjectBinding<Snapshot> selected = Bindings.createObjectBinding(
            () -> index.get() >= 0 && index.get() < frames.size() ? frames.get(index.get()) : null,
            index, frames);

    // ---- Properties

    public ObservableList<Snapshot> frames() { return frames; }

    /** The selected frame, -1 when there are none. */
    public IntegerProperty indexProperty() { return index; }

    public ObjectBinding<Snapshot> selectedProperty() { return selected; }

    public BooleanProperty playingProperty() { return playing; }

    /** Playback speed. */
    public DoubleProperty framesPerSecondProperty() { return framesPerSecond; }

    public int size() { return frames.size(); }

    // ---- Commands

    public void addAll(List<Snapshot> batch) {
        if (batch.isEmpty()) {
            return;
        }
        boolean follow = index.get() >= frames.size() - 1 && !playing.get();
        frames.addAll(batch);
        if (follow) {
            index.set(frames.size() - 1);
        }
    }

    public void select(int i) {
        if (!frames.isEmpty()) {
            index.set(Math.max(0, Math.min(frames.size() - 1, i)));
        }
    }

    public void togglePlay() {
        if (frames.isEmpty()) {
            return;
        }
        if (!playing.get() && index.get() >= frames.size() - 1) {
            index.set(0);
        }
        playing.set(!playing.get());
    }

    /** One playback tick: the next frame, stopping on the last. */
    public void advance() {
        if (!playing.get()) {
            return;
        }
        if (index.get() >= frames.size() - 1) {
            playing.set(false);
        } else {
            index.set(index.get() + 1);
        }
    }

    public void clear() {
        playing.set(false);
        frames.clear();
        index.set(-1);
    }
}
