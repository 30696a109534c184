package org.ganlab.engine.train;

import java.util.SplittableRandom;

/**
 * Gaussian noise for the generator, drawn in Java from (seed, stream) alone: iteration i's noise
 * is the same on every machine and after every resume, which is what makes runs repeatable
 * and a checkpoint's "RNG position" just its iteration number.
 */
public final class Noise {

    /** The stream of the fixed noise behind every sample grid of a run. */
    public static final long SAMPLE_GRID_STREAM = -1;

    private Noise() {
    }

    /** {@code count * latentSize} standard normal values. */
    public static float[] gaussian(long seed, long stream, int count, int latentSize) {
        SplittableRandom rng = new SplittableRandom(mix(seed, stream));
        float[] z = new float[count * latentSize];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) rng.nextGaussian();
        }
        return z;
    }

    /** Fresh noise for sampling outside training (the Generate view's "re-roll"). */
    public static float[] gaussian(long seed, int count, int latentSize) {
        return gaussian(seed, Long.MIN_VALUE + 1, count, latentSize);
    }

    /**
     * The values {@link #gaussian(long, int, int)} returns, drawn a few samples at a time: for
     * outputs too large to draw at once. {@code next(a)} then {@code next(b)} equals the first
     * {@code a + b} samples of one draw.
     */
    public static Draws draws(long seed, int latentSize) {
        return new Draws(new SplittableRandom(mix(seed, Long.MIN_VALUE + 1)), latentSize);
    }

    /** A stream of noise vectors; not thread-safe. */
    public static final class Draws {
        private final SplittableRandom rng;
        private final int latentSize;

        private Draws(SplittableRandom rng, int latentSize) {
            this.rng = rng;
            this.latentSize = latentSize;
        }

        /** The next {@code count * latentSize} values. */
        public float[] next(int count) {
            float[] z = new float[Math.multiplyExact(count, latentSize)];
            for (int i = 0; i < z.length; i++) {
                z[i] = (float) rng.nextGaussian();
            }
            return z;
        }
    }

    public static long mix(long seed, long stream) {
        long h = seed * 0x9E3779B97F4A7C15L + stream;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return h;
    }
}
