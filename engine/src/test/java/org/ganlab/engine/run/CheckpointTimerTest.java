package org.ganlab.engine.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CheckpointTimerTest {

    private static final long MINUTE = 60_000_000_000L;

    @Test
    void dueOnceTheMinutesHavePassedSinceTheLastCheckpoint() {
        AtomicLong now = new AtomicLong(1_000);
        CheckpointTimer timer = new CheckpointTimer(now::get);
        now.addAndGet(5 * MINUTE - 1);
        assertFalse(timer.due(5), "a nanosecond early");
        now.addAndGet(1);
        assertTrue(timer.due(5));
        timer.restart();
        assertFalse(timer.due(5), "a checkpoint restarts the count");
        now.addAndGet(MINUTE / 2);
        assertTrue(timer.due(0.5), "fractions of a minute");
    }

    @Test
    void zeroMinutesIsNever() {
        AtomicLong now = new AtomicLong();
        CheckpointTimer timer = new CheckpointTimer(now::get);
        now.addAndGet(1000 * MINUTE);
        assertFalse(timer.due(0));
    }
}
