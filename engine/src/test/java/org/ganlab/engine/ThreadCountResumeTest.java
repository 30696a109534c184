package org.ganlab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganlab.engine.toy.ToyDistribution;
import org.ganlab.engine.train.GanTrainer;
import org.ganlab.engine.train.Noise;
import org.ganlab.engine.train.TrainerState;
import org.ganlab.engine.train.TrainingConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Same seed, same run, across a checkpoint: bit-identical when the resumed run trains on the
 * thread count the checkpoint was written with, and still the same training on another count:
 * there some sums may add in another order (the resume warning says so), which may change the
 * last bits and no more. (Since the engine's products run on oneDNN's matmul primitive, this toy
 * continues bit-identically on two threads too: those products do not split their sums by thread.)
 */
class ThreadCountResumeTest {

    private static final int HALF = 15;
    private static ToyDistribution ring;
    private static final TrainingConfig TOY = TrainingConfig.defaults().edit(b -> {
        b.dataset = "ring8"; b.model = "mlp2d"; b.batchSize = 256; b.latentSize = 4; b.hiddenUnits = 256;
        b.learningRateG = 1e-3; b.learningRateD = 1e-3;
    });

    @BeforeAll
    static void load() throws Exception {
        Backend.initialize();
        ring = ToyDistribution.named("ring8");
    }

    /** G's points after {@code HALF} iterations on {@code first} threads, a checkpoint, and {@code HALF} on {@code second}. */
    private static float[] resumed(long first, long second) throws Exception {
        TrainerState saved;
        try (Backend.ThreadLease lease = Backend.leaseThreadsFor(first)) {
            GanTrainer before = new GanTrainer(TOY, ring);
            for (int i = 0; i < HALF; i++) {
                before.step();
            }
            saved = before.state();
        }
        try (Backend.ThreadLease lease = Backend.leaseThreadsFor(second)) {
            GanTrainer after = new GanTrainer(TOY, ring);
            after.restore(saved);
            for (int i = 0; i < HALF; i++) {
                after.step();
            }
            return after.generate(Noise.gaussian(7, 500, 4), 500).values();
        }
    }

    private static float[] straight(long params) throws Exception {
        try (Backend.ThreadLease lease = Backend.leaseThreadsFor(params)) {
            GanTrainer trainer = new GanTrainer(TOY, ring);
            for (int i = 0; i < 2 * HALF; i++) {
                trainer.step();
            }
            return trainer.generate(Noise.gaussian(7, 500, 4), 500).values();
        }
    }

    /** A parameter count that leases one thread, and one that leases every thread. */
    private static final long ONE_THREAD = 1_000;
    private static final long ALL_THREADS = Long.MAX_VALUE;

    @Test
    void resumedOnTheThreadCountItWasSavedWithARunContinuesBitIdentically() throws Exception {
        assertArrayEquals(straight(ONE_THREAD), resumed(ONE_THREAD, ONE_THREAD));
    }

    @Test
    void resumedOnAnotherThreadCountItIsTheSameTrainingToRounding() throws Exception {
        Assumptions.assumeTrue(Backend.threadsFor(ALL_THREADS) > 1, "needs two or more cores");
        float[] straight = straight(ONE_THREAD);
        float[] resumed = resumed(ONE_THREAD, ALL_THREADS);
        double largest = 0;
        for (int i = 0; i < straight.length; i++) {
            largest = Math.max(largest, Math.abs(straight[i] - resumed[i]));
        }
        org.slf4j.LoggerFactory.getLogger(ThreadCountResumeTest.class)
                .info("1 thread, resumed on {}: largest difference {}", Backend.threadsFor(ALL_THREADS), largest);
        assertTrue(largest < 1e-4, "1 thread, then 2: G's points moved by up to " + largest);
    }
}
