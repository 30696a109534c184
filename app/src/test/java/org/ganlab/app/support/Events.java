package org.ganlab.app.support;

import java.nio.file.Path;
import java.util.Arrays;
import org.ganlab.engine.train.Samples;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;

/** Synthetic engine events for view-model tests. */
public final class Events {

    private Events() {
    }

    public static TrainingConfig tiny() {
        return TrainingConfig.defaults().withSubset(256).withBatchSize(64).withEpochs(3).withSnapshotEvery(2);
    }

    public static Samples samples(int count, float value) {
        float[] v = new float[count * 28 * 28];
        Arrays.fill(v, value);
        return new Samples(count, 1, 28, 28, v);
    }

    public static TrainingEvent.RunStarted started(Path dir, TrainingConfig c) {
        return new TrainingEvent.RunStarted(0, dir, c, "CPU · test", 4, 4L * c.epochs(), 0);
    }

    public static TrainingEvent.StepCompleted step(long it) {
        return new TrainingEvent.StepCompleted(it, (int) ((it - 1) / 4) + 1, 1.2, 0.8, 0.7, 0.3, 20);
    }

    public static TrainingEvent.SamplesGenerated grid(long it, float value) {
        return new TrainingEvent.SamplesGenerated(it, (int) ((it - 1) / 4) + 1, it % 4 == 0, samples(64, value));
    }
}
