package org.ganlab.engine.loss;

/** A loss whose D outputs an unbounded score rather than a probability's logit. */
abstract class ScoreLoss implements GanLoss {

    @Override
    public double meanOutput(float[] scores) {
        double sum = 0;
        for (float s : scores) {
            sum += s;
        }
        return sum / scores.length;
    }

    @Override
    public String discriminatorOutput() {
        return "score";
    }

    /** Mean of {@code sign · score}; the gradient of each example is {@code sign / n}. */
    static double signedMean(float[] scores, float[] grad, double sign) {
        int n = scores.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += sign * scores[i];
            grad[i] = (float) (sign / n);
        }
        return sum / n;
    }
}
