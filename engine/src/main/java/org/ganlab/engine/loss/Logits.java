package org.ganlab.engine.loss;

/** Numerically stable sigmoid cross-entropy pieces, in double precision. */
final class Logits {

    private Logits() {
    }

    static double sigmoid(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    /** log(1 + e^x) without overflow. */
    static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    /**
     * Mean binary cross-entropy of sigmoid(logits) against {@code target}; writes its gradient
     * (sigmoid(x) - target) / n into {@code grad}.
     */
    static double binaryCrossEntropy(float[] logits, float[] grad, double target) {
        int n = logits.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double x = logits[i];
            sum += softplus(x) - target * x;
            grad[i] = (float) ((sigmoid(x) - target) / n);
        }
        return sum / n;
    }
}
