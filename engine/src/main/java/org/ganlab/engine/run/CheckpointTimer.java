package org.ganlab.engine.run;

import java.util.function.LongSupplier;

/**
 * Says when a checkpoint is due within an epoch: {@code checkpointMinutes} of training after the
 * last one. An epoch of a large image folder can take an hour; without this a crash would lose it
 * all. Reads an injected nanosecond clock, so tests can move time on by hand.
 */
final class CheckpointTimer {

    private static final double NANOS_PER_MINUTE = 60e9;

    private final LongSupplier nanoClock;
    private long lastSave;

    /** @param nanoClock a monotonic clock in nanoseconds, such as {@code System::nanoTime} */
    CheckpointTimer(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.lastSave = nanoClock.getAsLong();
    }

    /** True when at least {@code minutes} (> 0) have passed since the last {@link #restart()}; 0 is never. */
    boolean due(double minutes) {
        return minutes > 0 && nanoClock.getAsLong() - lastSave >= minutes * NANOS_PER_MINUTE;
    }

    /** A checkpoint was written now (periodic, at an epoch end or on request). */
    void restart() {
        lastSave = nanoClock.getAsLong();
    }
}
