package org.ganlab.engine.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.ganlab.engine.Backend;
import org.ganlab.engine.data.ImageDataset;
import org.ganlab.engine.train.Defaults;
import org.ganlab.engine.train.GanTrainer;
import org.ganlab.engine.train.NonFiniteLossException;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingData;
import org.ganlab.engine.train.TrainingEvent.StepCompleted;

/**
 * Times full training iterations (D on a real and a fake batch, then G) of a model on random
 * 28×28 images, as {@code shared/bench/torch_peer.py} does for PyTorch: the median after warm-up.
 * The model trains with its own defaults and the thread count a run of it leases
 * ({@link Backend#leaseThreadsFor}); optionally with the training doctor watching, as in a run.
 */
public final class Benchmark {

    /** The batch sizes of issue 10's goal table, benchmarked for every model. */
    public static final List<Integer> GOAL_BATCHES = List.of(64, 128);

    /**
     * @param millisPerIteration       the median wall time of one full iteration
     * @param peakRssBytes             the process's peak resident memory during this benchmark
     * @param threads                  ND4J's thread count for the model
     * @param doctorMillisPerIteration the doctor's mean time per iteration on the training thread; NaN without it
     * @param doctorPercent            that time as % of the mean iteration time; NaN without the doctor
     */
    public record Result(String model, int batch, double millisPerIteration, long peakRssBytes, int threads,
                         double doctorMillisPerIteration, double doctorPercent) {

        public double millisPerImage() {
            return millisPerIteration / batch;
        }
    }

    /**
     * Warm-up lasts at least this long as well as the given count: the JIT keeps compiling the
     * step's Java code (op contexts, the Java Adam and BatchNorm passes) for the first seconds,
     * and after 10 warm-up iterations the first of three rounds in a JVM was the slowest in every
     * run (mlp batch 64: 34, 28, 25 ms and 31, 26, 23 ms).
     */
    static final long MIN_WARMUP_NANOS = 2_000_000_000L;

    private Benchmark() {
    }

    /** The batch a model trains with by default ({@code ganlab train}, the app's form). */
    public static int trainingBatch(String model) {
        return Defaults.apply(TrainingConfig.defaults().withModel(model), Set.of()).config().batchSize();
    }

    /** The batches {@code ganlab bench} runs a model at: the goal table's and its training default, ascending. */
    public static List<Integer> defaultBatches(String model) {
        return Stream.concat(GOAL_BATCHES.stream(), Stream.of(trainingBatch(model))).distinct().sorted().toList();
    }

    public static Result run(String model, int batch, int iterations, int warmup) throws NonFiniteLossException {
        return run(model, batch, iterations, warmup, false);
    }

    public static Result run(String model, int batch, int iterations, int warmup, boolean withDoctor)
            throws NonFiniteLossException {
        return run(model, batch, iterations, warmup, withDoctor, 0);
    }

    /**
     * @param withDoctor let the training doctor watch (needs {@code warmup >= 1}, see {@link DoctorTimer})
     * @param threads    ND4J's thread count, or 0 for the one a run of the model takes
     */
    public static Result run(String model, int batch, int iterations, int warmup, boolean withDoctor, int threads)
            throws NonFiniteLossException {
        TrainingConfig config = Defaults.apply(TrainingConfig.defaults().withModel(model).withBatchSize(batch),
                Set.of("batchSize")).config();
        TrainingData data = TrainingData.of(randomImages(batch * 8));
        // ND4J frees an earlier benchmark's native buffers only when their arrays are collected:
        // without this, each benchmark's peak memory would include every one before it
        System.gc();
        PeakMemory.resetPeak();
        GanTrainer trainer = new GanTrainer(config, data);
        long params = trainer.model().generator().paramCount() + trainer.model().discriminator().paramCount();
        try (Backend.ThreadLease lease = threads > 0 ? Backend.leaseThreads(threads) : Backend.leaseThreadsFor(params)) {
            DoctorTimer doctor = withDoctor ? DoctorTimer.start(config, trainer, data) : null;
            List<StepCompleted> warm = new ArrayList<>();
            long warmUntil = System.nanoTime() + MIN_WARMUP_NANOS;
            for (int i = 0; i < warmup || (warmup > 0 && System.nanoTime() < warmUntil); i++) {
                warm.add(trainer.step());
            }
            if (doctor != null) {
                doctor.prime(warm);
            }
            double[] millis = timed(trainer, iterations, doctor);
            return result(model, batch, millis, lease.threads(), doctor);
        }
    }

    private static double[] timed(GanTrainer trainer, int iterations, DoctorTimer doctor) throws NonFiniteLossException {
        double[] millis = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            StepCompleted step = trainer.step();
            millis[i] = step.millis();
            if (doctor != null) {
                doctor.observe(step);
            }
        }
        return millis;
    }

    private static Result result(String model, int batch, double[] millis, int threads, DoctorTimer doctor) {
        double mean = Arrays.stream(millis).average().orElse(Double.NaN);
        double doctorMillis = Double.NaN;
        if (doctor != null) {
            doctor.finish();
            doctorMillis = doctor.millis() / millis.length;
        }
        Arrays.sort(millis);
        return new Result(model, batch, millis[millis.length / 2], PeakMemory.residentBytes(), threads,
                doctorMillis, 100 * doctorMillis / mean);
    }

    /** Uniform noise images in [-1, 1], shaped like MNIST, as the PyTorch peer uses. */
    static ImageDataset randomImages(int count) {
        byte[] pixels = new byte[count * 28 * 28];
        new SplittableRandom(0).nextBytes(pixels);
        return new ImageDataset("random", count, 1, 28, 28, pixels, null, 0);
    }
}
