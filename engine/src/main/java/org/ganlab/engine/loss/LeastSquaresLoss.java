package org.ganlab.engine.loss;

/**
 * LSGAN (Mao et al.): least squares instead of cross-entropy, D pushing real scores to 1 and
 * fake ones to 0, G pushing its scores to 1. Fakes far from the boundary still get a gradient.
 */
public final class LeastSquaresLoss extends ScoreLoss {

    @Override
    public double discriminatorReal(float[] scores, float[] grad, double realTarget) {
        return halfSquaredError(scores, grad, realTarget);
    }

    @Override
    public double discriminatorFake(float[] scores, float[] grad) {
        return halfSquaredError(scores, grad, 0);
    }

    @Override
    public double generator(float[] scores, float[] grad) {
        return halfSquaredError(scores, grad, 1);
    }

    /** ½·mean((s - target)²), gradient (s - target)/n. */
    private static double halfSquaredError(float[] scores, float[] grad, double target) {
        int n = scores.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double e = scores[i] - target;
            sum += 0.5 * e * e;
            grad[i] = (float) (e / n);
        }
        return sum / n;
    }
}
