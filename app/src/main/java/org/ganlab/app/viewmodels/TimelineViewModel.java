package org.ganlab.app.viewmodels;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganlab.app.model.FrameCache;
import org.ganlab.app.model.GridImage;
import org.ganlab.app.model.Snapshot;
import org.ganlab.app.model.TimelineFrame;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.RunFolderService;

/**
 * The epoch timeline: every snapshot of the run in order, the one being looked at, and playback.
 * While the selection is on the newest frame it follows new frames; scrubbing back stops that.
 *
 * <p>A long run has thousands of frames, so the timeline keeps each as a small thumbnail and
 * its PNG's path; only {@link #CACHED_FRAMES} full grids stay in memory. The selected frame's
 * full grid ({@link #imageProperty()}) comes from that cache or is read from its PNG on a
 * background thread (the thumbnail shows meanwhile); while one read runs, further scrubbing only
 * updates which frame is read next; during playback the next frame is read ahead. The strip shows at most {@link #STRIP_FRAMES} frames.
 */
public final class TimelineViewModel {

    /** Full grids held in memory at most. */
    public static final int CACHED_FRAMES = 16;
    /** Frames the strip shows at most, evenly spaced, the first and the newest included. */
    public static final int STRIP_FRAMES = 200;

    private final BackgroundTasks tasks;
    private final ObservableList<TimelineFrame> frames = FXCollections.observableArrayList();
    private final TimelineStrip strip = new TimelineStrip(STRIP_FRAMES);
    private final FrameCache cache = new FrameCache(CACHED_FRAMES);
    private final IntegerProperty index = new SimpleIntegerProperty(-1);
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final DoubleProperty framesPerSecond = new SimpleDoubleProperty(8);
    private final ReadOnlyObjectWrapper<GridImage> image = new ReadOnlyObjectWrapper<>();
    private final ObjectBinding<TimelineFrame> selected = Bindings.createObjectBinding(
            () -> index.get() >= 0 && index.get() < frames.size() ? frames.get(index.get()) : null,
            index, frames);
    private TimelineFrame reading;
    private TimelineFrame wanted;
    private long generation;

    /** @param tasks reads full grids from their PNGs, off the FX thread */
    public TimelineViewModel(BackgroundTasks tasks) {
        this.tasks = tasks;
        index.addListener((obs, was, now) -> showSelected());
    }

    // ---- Properties

    /** Every frame of the run, in order. */
    public ObservableList<TimelineFrame> frames() { return frames; }

    /** The frames the strip shows: evenly spaced, the first and the newest included. */
    public ObservableList<TimelineFrame> strip() { return strip.items(); }

    /** The selected frame, -1 when there are none. */
    public IntegerProperty indexProperty() { return index; }

    public ObjectBinding<TimelineFrame> selectedProperty() { return selected; }

    /** The selected frame's full grid; its thumbnail while the grid is being read. */
    public ReadOnlyObjectProperty<GridImage> imageProperty() { return image.getReadOnlyProperty(); }

    public BooleanProperty playingProperty() { return playing; }

    /** Playback speed. */
    public DoubleProperty framesPerSecondProperty() { return framesPerSecond; }

    public int size() { return frames.size(); }

    /** Full grids in memory now, at most {@link #CACHED_FRAMES}. */
    public int cachedFrames() { return cache.size(); }

    /** The timeline position of strip entry {@code i}. */
    public int stripPosition(int i) { return strip.position(i); }

    /** The strip entry of timeline position {@code i}, or of the last frame shown before it. */
    public int stripIndexOf(int i) { return strip.indexOf(i); }

    // ---- Commands

    /** Adds snapshots as they arrive: their full grids go to the cache, the frames keep thumbnails. */
    public void addAll(List<Snapshot> batch) {
        List<TimelineFrame> added = new ArrayList<>(batch.size());
        for (Snapshot s : batch) {
            TimelineFrame f = TimelineFrame.of(s);
            cache.put(f, s.grid());
            added.add(f);
        }
        addFrames(added);
    }

    /** Adds frames whose full grids are on disk only (a reopened run). */
    public void addFrames(List<TimelineFrame> batch) {
        if (batch.isEmpty()) {
            return;
        }
        boolean follow = index.get() >= frames.size() - 1 && !playing.get();
        frames.addAll(batch);
        strip.update(frames);
        if (follow) {
            index.set(frames.size() - 1);
        }
    }

    /**
     * The student picked strip entry {@code entry}. Ignored while the strip itself changes: the
     * list view then moves its selection on its own, which must not move the timeline's.
     */
    public void selectStripEntry(int entry) {
        if (!strip.updating() && entry >= 0 && entry < strip.items().size()) {
            select(strip.position(entry));
        }
    }

    public void select(int i) {
        if (!frames.isEmpty()) {
            index.set(Math.max(0, Math.min(frames.size() - 1, i)));
        }
    }

    /** Selects the frame nearest to {@code iteration} (the earlier one on a tie); frames are in iteration order. */
    public void selectIteration(long iteration) {
        int lo = 0;
        int hi = frames.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (frames.get(mid).iteration() < iteration) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        boolean earlierNearer = lo > 0 && iteration - frames.get(lo - 1).iteration() <= frames.get(lo).iteration() - iteration;
        select(earlierNearer ? lo - 1 : lo);
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
        generation++;
        reading = null;
        wanted = null;
        frames.clear();
        strip.clear();
        cache.clear();
        index.set(-1);
        image.set(null);
    }

    /**
     * The full grid of {@code frame}, from the cache or its PNG; blocks, so call it off the FX
     * thread (GIF export). Falls back to the thumbnail for a frame without a file.
     */
    public GridImage fullFrame(TimelineFrame frame) throws IOException {
        GridImage held = cache.get(frame);
        if (held != null) {
            return held;
        }
        return frame.file() == null ? frame.thumbnail() : RunFolderService.readGrid(frame.file());
    }

    // ---- Loading the selected frame

    private void showSelected() {
        TimelineFrame f = selected.get();
        GridImage held = f == null ? null : cache.get(f);
        image.set(held != null || f == null ? held : f.thumbnail());
        wanted = held == null && f != null && f.file() != null ? f : null;
        if (wanted != null && reading == null) {
            read(wanted);
        } else if (reading == null) {
            readAhead();
        }
    }

    /** While playing, the frame after the selected one is read before it is due. */
    private void readAhead() {
        int next = index.get() + 1;
        if (playing.get() && next > 0 && next < frames.size()) {
            TimelineFrame f = frames.get(next);
            if (f.file() != null && cache.get(f) == null) {
                read(f);
            }
        }
    }

    private void read(TimelineFrame f) {
        reading = f;
        long gen = generation;
        tasks.run(() -> RunFolderService.readGrid(f.file()), grid -> done(gen, f, grid), e -> done(gen, f, null));
    }

    /** A read ended; if the selection moved on meanwhile, reads the frame selected now. */
    private void done(long gen, TimelineFrame f, GridImage grid) {
        if (gen != generation) {
            return;
        }
        reading = null;
        if (grid != null) {
            cache.put(f, grid);
            if (selected.get() == f) {
                image.set(grid);
            }
        }
        if (wanted == f) {
            wanted = null;
        }
        if (wanted != null) {
            read(wanted);
        } else {
            readAhead();
        }
    }
}
