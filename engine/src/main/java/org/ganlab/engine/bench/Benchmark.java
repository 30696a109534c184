package org.ganlab.engine.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ganlab.engine.data.ImageDataset;
import org.ganlab.engine.train.GanTrainer;
import org.ganlab.engine.train.NonFiniteLossException;
import org.ganlab.engine.train.TrainingConfig;

/**
 * Times full training iterations (D on a real and a fake batch, then G) of a model on random
 * 28×28 images, as {@code shared/bench/torch_peer.py} does for PyTorch: the median after warm-up.
 */
public final class Benchmark {

    /** @param millisPerIteration the median wall time of one full iteration */
    public record Result(String model, int batch, double millisPerIteration, long peakRssBytes) {}

    private Benchmark() {
    }

    public static Result run(String model, int batch, int iterations, int warmup) throws NonFiniteLossException {
        TrainingConfig config = TrainingConfig.defaults().withModel(model).withBatchSize(batch);
        GanTrainer trainer = new GanTrainer(config, randomImages(batch * 8));
        double[] millis = new double[iterations];
        for (int i = 0; i < warmup + iterations; i++) {
            double ms = trainer.step().millis();
            if (i >= warmup) {
                millis[i - warmup] = ms;
            }
        }
        Arrays.sort(millis);
        return new Result(model, batch, millis[iterations / 2], PeakMemory.residentBytes());
    }

    /** Uniform noise images in [-1, 1], shaped like MNIST, as the PyTorch peer uses. */
    static ImageDataset randomImages(int count) {
        byte[] pixels = new byte[count * 28 * 28];
        new SplittableRandom(0).nextBytes(pixels);
        return new ImageDataset("random", count, 1, 28, 28, pixels, null, 0);
    }
}
