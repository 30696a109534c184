package org.ganlab.app.model;

import java.nio.file.Path;

/**
 * One frame of the epoch timeline as the timeline keeps it for a whole run: a thumbnail of a few
 * KB, and the snapshot PNG that holds the full grid. Thousands of them fit in a few tens of MB;
 * full grids are read back from the file when a frame is looked at.
 *
 * @param thumbnail the grid shrunk to fit {@link #THUMBNAIL_SIZE} pixels a side
 * @param file      the full grid's PNG; null when there is none (then only the thumbnail exists)
 */
public record TimelineFrame(long iteration, int epoch, boolean epochEnd, GridImage thumbnail, Path file) {

    /** Pixels a side of a thumbnail at most: 64×64 ARGB is 16 KB. */
    public static final int THUMBNAIL_SIZE = 64;

    /** The frame of a snapshot, whose full grid is then dropped (or kept in a bounded cache). */
    public static TimelineFrame of(Snapshot s) {
        return new TimelineFrame(s.iteration(), s.epoch(), s.epochEnd(), s.grid().shrunkTo(THUMBNAIL_SIZE), s.file());
    }

    /** "epoch 3 · iteration 1,200", as on the snapshot. */
    public String caption() {
        return Snapshot.caption(epoch, iteration);
    }
}
