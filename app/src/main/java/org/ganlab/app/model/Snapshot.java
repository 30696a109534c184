package org.ganlab.app.model;

/**
 * One frame of the epoch timeline: the sample grid after {@code iteration}.
 *
 * @param epochEnd true when taken at the end of {@code epoch}
 */
public record Snapshot(long iteration, int epoch, boolean epochEnd, GridImage grid) {

    /** The caption used in the timeline and GIF export, e.g. "epoch 3 · iteration 1,200". */
    public String caption() {
        return String.format(java.util.Locale.ROOT, "epoch %d · iteration %,d", epoch, iteration);
    }
}
