package org.ganlab.engine.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Arrays;
import org.ganlab.engine.train.Noise;
import org.ganlab.engine.train.Samples;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;
import org.ganlab.engine.train.TrainingEvent.StepCompleted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A running conditional generator draws the classes it is asked for, as many as asked. */
class LiveGenerationTest {

    @TempDir
    Path dir;

    @Test
    void theLabelsGivenAreTheClassesDrawn() throws Exception {
        TrainingConfig cgan = TrainingConfig.defaults().withModel("cgan").withBatchSize(32).withSubset(320)
                .withEpochs(1000).withSnapshotEvery(1000);
        EventRecorder events = new EventRecorder();
        TrainingRun run = TrainingRun.start(cgan, dir.resolve("run"), events);
        events.await(StepCompleted.class, s -> s.iteration() >= 1);
        run.pause();
        events.await(TrainingEvent.Paused.class, p -> true);

        float[] z = Noise.gaussian(5, 3, cgan.latentSize());
        Samples sevens = run.generate(z, new int[] {7, 7, 7}, 3).get();
        Samples inTurn = run.generate(z, null, 3).get();
        Samples zeroOneTwo = run.generate(z, new int[] {0, 1, 2}, 3).get();
        run.stop();
        events.awaitEnd();

        assertEquals(3, sevens.count());
        assertArrayEquals(zeroOneTwo.values(), inTurn.values(), "no labels: the classes in turn");
        assertFalse(Arrays.equals(sevens.image(1), inTurn.image(1)), "class 7, not class 1, for the same noise");
    }
}
