package org.ganlab.engine.loss;

/**
 * Softmax cross-entropy of class logits against labels, in double with the max-logit shift so
 * large logits cannot overflow: AC-GAN's auxiliary loss and the domain classifier's training
 * loss. Pure Java: batches are small ({@code n × classes} values) and this keeps the loss
 * checkable by hand.
 */
public final class ClassCrossEntropy {

    private ClassCrossEntropy() {
    }

    /** Mean loss of {@code n × classes} row-major logits; see {@link #apply(float[], int, int, int, int[], float[])}. */
    public static double apply(float[] logits, int classes, int[] labels, float[] grad) {
        return apply(logits, classes, 0, classes, labels, grad);
    }

    /**
     * Mean over the {@code labels.length} rows of -log softmax(logits)[label], where each row's
     * class logits are the {@code classes} values from column {@code offset} of a row of
     * {@code stride} values; writes (softmax - onehot) / n into the same places of {@code grad}
     * (which may be null).
     *
     * @return the mean loss in nats
     */
    public static double apply(float[] logits, int stride, int offset, int classes, int[] labels, float[] grad) {
        int n = labels.length;
        double total = 0;
        double[] p = new double[classes];
        for (int i = 0; i < n; i++) {
            int row = i * stride + offset;
            int label = labels[i];
            if (label < 0 || label >= classes) {
                throw new IllegalArgumentException("label " + label + " of example " + i + " is not in 0.." + (classes - 1));
            }
            softmax(logits, row, classes, p);
            total -= Math.log(Math.max(p[label], Double.MIN_NORMAL));
            if (grad != null) {
                for (int k = 0; k < classes; k++) {
                    grad[row + k] = (float) ((p[k] - (k == label ? 1 : 0)) / n);
                }
            }
        }
        return total / n;
    }

    /** Writes the softmax of {@code logits[from .. from+classes)} to {@code out}. */
    public static void softmax(float[] logits, int from, int classes, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < classes; k++) {
            max = Math.max(max, logits[from + k]);
        }
        double sum = 0;
        for (int k = 0; k < classes; k++) {
            out[k] = Math.exp(logits[from + k] - max);
            sum += out[k];
        }
        for (int k = 0; k < classes; k++) {
            out[k] /= sum;
        }
    }
}
