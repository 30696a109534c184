package org.ganlab.engine.loss;

/**
 * The hinge loss of geometric GANs and SAGAN: D minimises E[max(0, 1 - D(x))] +
 * E[max(0, 1 + D(G(z)))], so only examples inside the margin move it; G maximises E[D(G(z))].
 */
public final class HingeLoss extends ScoreLoss {

    @Override
    public double discriminatorReal(float[] scores, float[] grad, double realTarget) {
        return hinge(scores, grad, -1);
    }

    @Override
    public double discriminatorFake(float[] scores, float[] grad) {
        return hinge(scores, grad, 1);
    }

    @Override
    public double generator(float[] scores, float[] grad) {
        return signedMean(scores, grad, -1);
    }

    /** mean(max(0, 1 + sign·s)); gradient sign/n inside the margin, 0 outside. */
    private static double hinge(float[] scores, float[] grad, double sign) {
        int n = scores.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double margin = 1 + sign * scores[i];
            sum += Math.max(0, margin);
            grad[i] = margin > 0 ? (float) (sign / n) : 0f;
        }
        return sum / n;
    }

    /** D is pushed past a margin, not towards a probability: there is no target to smooth. */
    @Override
    public boolean usesLabelSmoothing() {
        return false;
    }
}
