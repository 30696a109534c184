package org.ganlab.engine.loss;

/**
 * The Wasserstein GAN of Arjovsky et al.: the critic maximises E[D(x)] - E[D(G(z))], an estimate
 * of the earth mover's distance while its weights stay inside [-0.01, 0.01]; G maximises
 * E[D(G(z))]. Trained with RMSProp, usually with several critic steps per G step.
 */
public class WassersteinLoss extends ScoreLoss {

    /** The paper's clipping bound c. */
    public static final double CLIP = 0.01;

    @Override
    public double discriminatorReal(float[] scores, float[] grad, double realTarget) {
        return signedMean(scores, grad, -1);
    }

    @Override
    public double discriminatorFake(float[] scores, float[] grad) {
        return signedMean(scores, grad, 1);
    }

    @Override
    public double generator(float[] scores, float[] grad) {
        return signedMean(scores, grad, -1);
    }

    @Override
    public String discriminatorOutput() {
        return "critic score";
    }

    @Override
    public String optimizer() {
        return "rmsprop";
    }

    @Override
    public double weightClip() {
        return CLIP;
    }

    /** The critic's target is a sign, not a probability: there is nothing to smooth. */
    @Override
    public boolean usesLabelSmoothing() {
        return false;
    }
}
