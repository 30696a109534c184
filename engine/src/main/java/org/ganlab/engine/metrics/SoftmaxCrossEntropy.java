package org.ganlab.engine.metrics;

/**
 * The classification loss: mean over the batch of {@code -log softmax(logits)[label]}, computed
 * in double with the max-logit shift so large logits cannot overflow. Pure Java: the batches are
 * small ({@code n × classes} values) and this keeps the loss checkable by hand.
 */
public final class SoftmaxCrossEntropy {

    private SoftmaxCrossEntropy() {
    }

    /**
     * @param logits   {@code n × classes} values, row-major
     * @param labels   {@code n} class indices
     * @param gradOut  receives dLoss/dLogits, {@code (softmax - onehot) / n}; may be null
     * @return the mean loss in nats
     */
    public static double lossAndGradient(float[] logits, int[] labels, int n, int classes, float[] gradOut) {
        double total = 0;
        double[] p = new double[classes];
        for (int i = 0; i < n; i++) {
            softmax(logits, i * classes, classes, p);
            int label = labels[i];
            if (label < 0 || label >= classes) {
                throw new IllegalArgumentException("label " + label + " of example " + i + " is not in 0.." + (classes - 1));
            }
            total -= Math.log(Math.max(p[label], Double.MIN_NORMAL));
            if (gradOut != null) {
                for (int k = 0; k < classes; k++) {
                    gradOut[i * classes + k] = (float) ((p[k] - (k == label ? 1 : 0)) / n);
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
