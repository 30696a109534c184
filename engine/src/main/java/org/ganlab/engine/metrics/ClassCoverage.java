package org.ganlab.engine.metrics;

/**
 * Which classes a set of samples shows, by the classifier's predictions: the share of samples
 * predicted as each class, and how many classes reach {@value #MIN_SHARE} of them. A generator
 * that covers few classes, or puts most samples in one, has collapsed (mode collapse).
 *
 * @param shares    per class, the fraction of samples predicted as it (sums to 1)
 * @param covered   classes with a share of at least {@link #MIN_SHARE}
 * @param collapsed true when at most half the classes are covered or one class holds more than
 *                  {@link #MAX_SHARE} of the samples
 */
public record ClassCoverage(double[] shares, int covered, boolean collapsed) {

    /** A class under this share of the samples counts as missing. */
    public static final double MIN_SHARE = 0.02;
    /** One class above this share means collapse, however many others appear. */
    public static final double MAX_SHARE = 0.5;

    public static ClassCoverage of(int[] predictions, int classes) {
        if (predictions.length == 0) {
            throw new IllegalArgumentException("no predictions");
        }
        double[] shares = new double[classes];
        for (int p : predictions) {
            shares[p] += 1.0 / predictions.length;
        }
        int covered = 0;
        double largest = 0;
        for (double s : shares) {
            covered += s >= MIN_SHARE ? 1 : 0;
            largest = Math.max(largest, s);
        }
        return new ClassCoverage(shares, covered, covered <= classes / 2 || largest > MAX_SHARE);
    }

    public int classes() {
        return shares.length;
    }
}
