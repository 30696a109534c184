package org.ganlab.app.model;

import java.nio.file.Path;

/**
 * A sample grid as it arrives, before the timeline keeps it as a {@link TimelineFrame}: the grid
 * after {@code iteration}, and the PNG the engine wrote of it.
 *
 * @param epochEnd true when taken at the end of {@code epoch}
 * @param file     the run folder's snapshot PNG of this grid; null when there is none (tests)
 */
public record Snapshot(long iteration, int epoch, boolean epochEnd, GridImage grid, Path file) {

    public Snapshot(long iteration, int epoch, boolean epochEnd, GridImage grid) {
        this(iteration, epoch, epochEnd, grid, null);
    }

    /** The caption used in the timeline and GIF export, e.g. "epoch 3 · iteration 1,200". */
    public String caption() {
        return caption(epoch, iteration);
    }

    static String caption(int epoch, long iteration) {
        return String.format(java.util.Locale.ROOT, "epoch %d · iteration %,d", epoch, iteration);
    }
}
