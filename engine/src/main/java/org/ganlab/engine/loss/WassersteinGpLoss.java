package org.ganlab.engine.loss;

/**
 * WGAN-GP (Gulrajani et al.): the Wasserstein critic kept 1-Lipschitz by a penalty
 * λ·E[(‖∇D(x̂)‖₂ - 1)²] on random interpolates x̂ of real and fake examples, λ = 10, instead
 * of weight clipping; trained with Adam. The trainer computes the penalty exactly
 * (train.GradientPenalty), differentiating through D's input gradient.
 */
public final class WassersteinGpLoss extends WassersteinLoss {

    public static final double LAMBDA = 10;

    @Override
    public String optimizer() {
        return "adam";
    }

    @Override
    public double weightClip() {
        return 0;
    }

    @Override
    public double gradientPenalty() {
        return LAMBDA;
    }
}
