package org.ganlab.engine.doctor;

import org.ganlab.engine.toy.ModeCoverage;
import org.ganlab.engine.toy.ToyDistribution;
import org.ganlab.engine.train.Samples;
import org.ganlab.engine.train.TrainingData;
import org.ganlab.engine.train.TrainingEvent.DiversityMeasured;

/**
 * Measures how varied a run's snapshot samples are against its data, for the doctor's mode
 * collapse and no-progress checks: the mean pairwise L2 distance between (at most
 * {@value #MAX_SAMPLES}) samples, against the same on a fixed set of real examples (the data's
 * first batch of that size, drawn once), the modes covered for 2-D data, and how far the
 * fixed-noise samples moved since the previous snapshot. Runs beside the trainer at snapshots:
 * a 64-image grid of 28×28 costs about 2,000 distances of 784 values.
 */
public final class SampleDiversity {

    static final int MAX_SAMPLES = 64;
    /** A 2-D run's snapshot has 512 points; 256 of them estimate the mean distance well enough. */
    static final int MAX_POINTS = 256;

    private final ToyDistribution toy;
    private final double realDiversity;
    private float[] previous;

    private SampleDiversity(ToyDistribution toy, float[] real, int realCount, int size) {
        this.toy = toy;
        this.realDiversity = meanPairwiseDistance(real, realCount, size);
    }

    /** Diversity against {@code data}'s first examples (seeded like the run's data order). */
    public static SampleDiversity of(TrainingData data, long seed) {
        int size = data.shape().size();
        int count = size == 2 ? MAX_POINTS : MAX_SAMPLES;
        float[] values = new float[count * size];
        int n = data.batches(count, seed).fill(0, 0, values, data.classCount() > 0 ? new int[count] : null);
        return new SampleDiversity(data instanceof ToyDistribution t ? t : null, values, n, size);
    }

    /** The figures of one snapshot; remembers its samples to measure the next one's change. */
    public DiversityMeasured measure(long iteration, Samples samples) {
        int size = samples.valuesPerImage();
        int n = Math.min(samples.count(), toy != null ? MAX_POINTS : MAX_SAMPLES);
        double diversity = meanPairwiseDistance(samples.values(), n, size);
        double change = previous != null && previous.length == samples.values().length && realDiversity > 0
                ? meanDistance(previous, samples.values(), samples.count(), size) / realDiversity : Double.NaN;
        previous = samples.values().clone();
        int covered = 0;
        int modes = 0;
        if (toy != null) {
            ModeCoverage coverage = ModeCoverage.measure(toy, samples.values());
            covered = coverage.modesCovered();
            modes = coverage.modeCount();
        }
        return new DiversityMeasured(iteration, diversity, realDiversity, covered, modes, change);
    }

    /**
     * The samples the next snapshot's change is measured from, for a run continued from its
     * checkpoint: the fixed-noise samples regenerated from the restored networks, which are the
     * last snapshot's own when the checkpoint fell on a snapshot (every epoch end's does).
     */
    public void remember(Samples samples) {
        previous = samples.values().clone();
    }

    /** The real examples' figure, fixed for the run. */
    public double realDiversity() {
        return realDiversity;
    }

    /** Mean L2 distance over all pairs of the first {@code n} examples of {@code size} values each. */
    static double meanPairwiseDistance(float[] values, int n, int size) {
        if (n < 2) {
            return 0;
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                total += distance(values, i * size, values, j * size, size);
            }
        }
        return total / (n * (n - 1) / 2.0);
    }

    /** Mean L2 distance between example i of {@code a} and example i of {@code b}. */
    static double meanDistance(float[] a, float[] b, int n, int size) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += distance(a, i * size, b, i * size, size);
        }
        return n == 0 ? 0 : total / n;
    }

    private static double distance(float[] a, int from, float[] b, int fromB, int size) {
        double sum = 0;
        for (int k = 0; k < size; k++) {
            double d = a[from + k] - b[fromB + k];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
