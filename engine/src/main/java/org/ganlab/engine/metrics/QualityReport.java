package org.ganlab.engine.metrics;

import java.util.Locale;

/**
 * The quality figures of one set of samples against a data set's test split.
 *
 * @param fid         Fréchet distance between the classifier features of the samples and of the
 *                    test set (squared feature units; 0 = same statistics, lower is better)
 * @param coverage    which classes the samples show (shares, covered count, collapse flag)
 * @param score       classifier score (Inception-Score-like), 1..classes, higher is better
 * @param samples     how many samples were scored
 */
public record QualityReport(double fid, ClassCoverage coverage, double score, int samples) {

    /** Classes reaching the minimum share (see {@link ClassCoverage#MIN_SHARE}). */
    public int covered() {
        return coverage.covered();
    }

    public boolean collapsed() {
        return coverage.collapsed();
    }

    /** A copy of the predicted share of each class. */
    public double[] classShares() {
        return coverage.shares().clone();
    }

    /**
     * The line the CLI prints: {@code fid=X coverage=K/10 score=Y}, then the sample count, the
     * collapse flag and the class shares in percent.
     */
    public String line() {
        StringBuilder shares = new StringBuilder();
        for (double s : coverage.shares()) {
            shares.append(shares.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.1f", 100 * s));
        }
        return String.format(Locale.ROOT, "fid=%.3f coverage=%d/%d score=%.3f samples=%d collapsed=%b shares=%s",
                fid, covered(), coverage.classes(), score, samples, collapsed(), shares);
    }
}
