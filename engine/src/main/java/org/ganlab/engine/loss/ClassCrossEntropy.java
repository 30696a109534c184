package org.ganlab.engine.loss;

/**
 * Softmax cross-entropy of class logits against labels: the auxiliary classifier's loss in
 * AC-GAN. Logits are rows of {@code stride} values starting at column {@code offset}.
 */
public final class ClassCrossEntropy {

    private ClassCrossEntropy() {
    }

    /**
     * Mean over the {@code labels.length} rows of -log softmax(logits)[label]; writes
     * (softmax - onehot) / n into the same columns of {@code grad}.
     */
    public static double apply(float[] logits, int stride, int offset, int classes, int[] labels, float[] grad) {
        int n = labels.length;
        double total = 0;
        double[] p = new double[classes];
        for (int i = 0; i < n; i++) {
            int row = i * stride + offset;
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < classes; k++) {
                max = Math.max(max, logits[row + k]);
            }
            double sum = 0;
            for (int k = 0; k < classes; k++) {
                p[k] = Math.exp(logits[row + k] - max);
                sum += p[k];
            }
            for (int k = 0; k < classes; k++) {
                p[k] /= sum;
                grad[row + k] = (float) ((p[k] - (k == labels[i] ? 1 : 0)) / n);
            }
            total -= Math.log(Math.max(p[labels[i]], 1e-30));
        }
        return total / n;
    }
}
