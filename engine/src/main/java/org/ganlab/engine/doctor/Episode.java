package org.ganlab.engine.doctor;

/**
 * One kind of diagnosis over time, with hysteresis so that it does not flicker: it starts once
 * its condition has held for {@code hold} iterations (dated from the first check that saw it),
 * and ends once the condition has been absent for {@code release} iterations. Checks come in
 * iteration order; a check with the condition true resets the release count and vice versa.
 */
final class Episode {

    /** What a check changed. */
    enum Change { NONE, STARTED, ENDED }

    private final long hold;
    private final long release;
    private long trueSince = -1;
    private long falseSince = -1;
    private boolean open;

    Episode(long hold, long release) {
        this.hold = hold;
        this.release = release;
    }

    Change check(long iteration, boolean condition) {
        if (condition) {
            falseSince = -1;
            if (trueSince < 0) {
                trueSince = iteration;
            }
            if (!open && iteration - trueSince >= hold) {
                open = true;
                return Change.STARTED;
            }
        } else {
            trueSince = open ? trueSince : -1;
            if (falseSince < 0) {
                falseSince = iteration;
            }
            if (open && iteration - falseSince >= release) {
                open = false;
                trueSince = -1;
                return Change.ENDED;
            }
        }
        return Change.NONE;
    }

    /** Starts at once (for events that are diagnoses by themselves, such as a NaN loss). */
    Change force(long iteration) {
        trueSince = iteration;
        falseSince = -1;
        if (open) {
            return Change.NONE;
        }
        open = true;
        return Change.STARTED;
    }

    boolean open() {
        return open;
    }

    /** The iteration the current (or starting) episode's condition was first seen. */
    long since() {
        return trueSince;
    }

    /** The iteration the condition was last seen absent from, for the end of an episode. */
    long absentSince() {
        return falseSince;
    }
}
