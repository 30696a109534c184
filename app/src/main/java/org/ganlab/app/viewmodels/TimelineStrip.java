package org.ganlab.app.viewmodels;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganlab.app.model.EvenStrip;
import org.ganlab.app.model.TimelineFrame;

/**
 * The timeline strip's items: the frames {@link EvenStrip} picks from the timeline. As frames
 * arrive only the strip's end changes, so the list view keeps its cells; {@link #updating()} is
 * true while it changes, when the list view moves its selection on its own.
 */
final class TimelineStrip {

    private final ObservableList<TimelineFrame> items = FXCollections.observableArrayList();
    private final EvenStrip positions;
    private boolean updating;

    TimelineStrip(int max) {
        this.positions = new EvenStrip(max);
    }

    ObservableList<TimelineFrame> items() {
        return items;
    }

    boolean updating() {
        return updating;
    }

    /** The timeline position of strip entry {@code i}. */
    int position(int i) {
        return positions.position(i);
    }

    /** The strip entry of timeline position {@code i}, or of the last frame shown before it. */
    int indexOf(int i) {
        return positions.indexOf(i);
    }

    /** The timeline has grown to {@code frames}. */
    void update(List<TimelineFrame> frames) {
        updating = true;
        try {
            fill(frames);
        } finally {
            updating = false;
        }
    }

    private void fill(List<TimelineFrame> frames) {
        boolean whole = positions.grow(frames.size());
        List<TimelineFrame> shown = new ArrayList<>();
        for (int p : positions.positions()) {
            shown.add(frames.get(p));
        }
        if (whole) {
            items.setAll(shown);
            return;
        }
        int keep = 0;
        while (keep < items.size() && keep < shown.size() && items.get(keep) == shown.get(keep)) {
            keep++;
        }
        items.remove(keep, items.size());
        items.addAll(shown.subList(keep, shown.size()));
    }

    void clear() {
        items.clear();
        positions.clear();
    }
}
