package org.ganlab.app.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The few full timeline grids held in memory: the newest ones as they arrive, and those looked at
 * lately. The least recently used goes when more than {@code capacity} are held, so a run of
 * thousands of frames keeps the memory of a dozen. Safe to use from any thread (GIF export reads
 * it from a background thread).
 */
public final class FrameCache {

    private final int capacity;
    private final Map<TimelineFrame, GridImage> grids;

    public FrameCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a frame cache needs room for one frame at least (was " + capacity + ")");
        }
        this.capacity = capacity;
        this.grids = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<TimelineFrame, GridImage> eldest) {
                return size() > FrameCache.this.capacity;
            }
        };
    }

    /** The full grid of {@code frame}, or null when it is not held. */
    public synchronized GridImage get(TimelineFrame frame) {
        return grids.get(frame);
    }

    public synchronized void put(TimelineFrame frame, GridImage grid) {
        grids.put(frame, grid);
    }

    /** Full grids held now, never more than {@link #capacity()}. */
    public synchronized int size() {
        return grids.size();
    }

    public int capacity() {
        return capacity;
    }

    public synchronized void clear() {
        grids.clear();
    }
}
