package org.ganlab.engine.metrics;

/**
 * The Inception Score's formula with the domain classifier in Inception's place (Salimans et al.
 * 2016): {@code exp(mean over samples of KL(p(y|x) || p(y)))}, where p(y) is the mean prediction.
 * It ranges from 1 (every sample looks alike, or nothing is recognisable) to the number of classes
 * (each sample clearly one class, all classes equally often).
 */
public final class ClassifierScore {

    private ClassifierScore() {
    }

    /** @param probabilities per sample, class probabilities summing to 1 */
    public static double of(double[][] probabilities) {
        int n = probabilities.length;
        int classes = probabilities[0].length;
        double[] marginal = new double[classes];
        for (double[] p : probabilities) {
            for (int k = 0; k < classes; k++) {
                marginal[k] += p[k] / n;
            }
        }
        double meanKl = 0;
        for (double[] p : probabilities) {
            double kl = 0;
            for (int k = 0; k < classes; k++) {
                if (p[k] > 0) {
                    kl += p[k] * (Math.log(p[k]) - Math.log(marginal[k]));
                }
            }
            meanKl += kl / n;
        }
        return Math.exp(meanKl);
    }
}
