package org.ganlab.engine.metrics;

/**
 * Mean and covariance of a set of feature vectors, in double: what the Fréchet distance compares.
 * The covariance is the unbiased sample covariance (divided by n - 1), as FID implementations use.
 *
 * @param mean       the mean vector, length d
 * @param covariance the d × d covariance matrix
 * @param count      how many vectors they summarise
 */
public record FeatureStatistics(double[] mean, double[][] covariance, int count) {

    /** @param features n ≥ 2 vectors of equal length */
    public static FeatureStatistics of(double[][] features) {
        int n = features.length;
        if (n < 2) {
            throw new IllegalArgumentException("need at least 2 feature vectors, not " + n);
        }
        int d = features[0].length;
        double[] mean = new double[d];
        for (double[] f : features) {
            for (int j = 0; j < d; j++) {
                mean[j] += f[j] / n;
            }
        }
        double[][] cov = new double[d][d];
        double[] centred = new double[d];
        for (double[] f : features) {
            for (int j = 0; j < d; j++) {
                centred[j] = f[j] - mean[j];
            }
            for (int a = 0; a < d; a++) {
                double ca = centred[a];
                double[] row = cov[a];
                for (int b = a; b < d; b++) {
                    row[b] += ca * centred[b];
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                cov[a][b] /= n - 1;
                cov[b][a] = cov[a][b];
            }
        }
        return new FeatureStatistics(mean, cov, n);
    }
}
