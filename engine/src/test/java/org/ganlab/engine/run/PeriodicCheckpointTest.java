package org.ganlab.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.ganlab.engine.checkpoint.CheckpointFile;
import org.ganlab.engine.train.TrainingEvent.CheckpointSaved;
import org.ganlab.engine.train.TrainingEvent.Paused;
import org.ganlab.engine.train.TrainingEvent.StepCompleted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checkpoints within an epoch, every {@code checkpointMinutes} of training, on an injected clock. */
class PeriodicCheckpointTest {

    private static final long MINUTE = 60_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void aCheckpointFollowsOnceTheMinutesHavePassedAndNotBefore() throws Exception {
        AtomicLong clock = new AtomicLong();
        Path runDir = dir.resolve("run");
        EventRecorder events = new EventRecorder();
        TrainingRun run = TrainingRun.start(Toy.ring(900).withCheckpointMinutes(5), runDir, events, clock::get);
        events.await(StepCompleted.class, s -> s.iteration() >= 3);
        run.pause();
        events.await(Paused.class, p -> true);
        long paused = events.lastIteration();

        clock.addAndGet(5 * MINUTE - 1);
        run.step();
        // the loop publishes a step before it decides on a checkpoint, and pauses again after:
        // only that Paused says the decision for this step was taken on the clock as it was
        events.await(Paused.class, p -> p.iteration() == paused + 1);
        clock.addAndGet(1);
        run.step();
        CheckpointSaved saved = events.await(CheckpointSaved.class, c -> true);
        assertEquals(paused + 2, saved.iteration(), "saved once five minutes had passed, mid-epoch");
        assertEquals(paused + 2, CheckpointFile.read(runDir.resolve(CheckpointFile.FILE_NAME)).state().iteration());

        clock.addAndGet(4 * MINUTE);
        run.step();
        run.step();
        events.await(StepCompleted.class, s -> s.iteration() == paused + 4);
        run.stop();
        events.awaitEnd();
        // Events arrive in order: a checkpoint after iteration paused + 3 would precede step paused + 4.
        assertFalse(events.all(CheckpointSaved.class).stream().anyMatch(c -> c.iteration() == paused + 3),
                "four minutes after a checkpoint, none is due");
        assertTrue(events.all(CheckpointSaved.class).stream().anyMatch(c -> c.iteration() == paused + 4),
                "stop saves as always");
    }

    @Test
    void zeroMinutesKeepsCheckpointsToEpochEndsAndStops() throws Exception {
        AtomicLong clock = new AtomicLong();
        EventRecorder events = new EventRecorder();
        TrainingRun run = TrainingRun.start(Toy.ring(900).withCheckpointMinutes(0), dir.resolve("run"), events, clock::get);
        events.await(StepCompleted.class, s -> s.iteration() >= 2);
        run.pause();
        events.await(Paused.class, p -> true);
        long last = events.lastIteration() + 1;
        clock.addAndGet(1000 * MINUTE);
        run.step();
        events.await(StepCompleted.class, s -> s.iteration() == last);
        run.stop();
        events.awaitEnd();
        assertEquals(1, events.all(CheckpointSaved.class).size(), "only the one on stop");
    }
}
