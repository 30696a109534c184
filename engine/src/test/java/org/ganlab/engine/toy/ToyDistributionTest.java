package org.ganlab.engine.toy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.TreeSet;
import org.ganlab.engine.train.Noise;
import org.ganlab.engine.train.TrainingData;
import org.junit.jupiter.api.Test;

/** The real 2-D points and G's noise come from separate random streams. */
class ToyDistributionTest {

    @Test
    void realPointsDoNotReuseTheGeneratorsNoise() {
        // One drawn point at the origin: every real value is σ times a Gaussian from the batch's
        // own stream, so a shared stream would show up as real/σ values that equal G's z values.
        ToyDistribution origin = ToyDistribution.drawn("origin", new float[] {0, 0});
        long seed = 42;
        int n = 64;
        TrainingData.Batches batches = origin.batches(n, seed);
        float[] real = new float[2 * n];
        int shared = 0;
        for (int iteration = 0; iteration < 20; iteration++) {
            batches.fill(0, iteration, real, null);
            TreeSet<Double> noise = new TreeSet<>();
            for (float z : Noise.gaussian(seed, iteration, n, 2)) {
                noise.add((double) z);
            }
            for (float v : real) {
                double g = v / ToyDistribution.SIGMA;
                Double near = noise.ceiling(g - 1e-6 * Math.max(1, Math.abs(g)));
                if (near != null && Math.abs(near - g) <= 1e-6 * Math.max(1, Math.abs(g))) {
                    shared++;
                }
            }
        }
        // by chance a few of 2,560 values may fall within 1e-6 of one of 128; a shared stream gives hundreds
        assertTrue(shared < 5, shared + " real values repeat G's noise");
    }
}
