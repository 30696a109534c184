package org.ganlab.engine.train;

import java.util.SplittableRandom;
import org.ganlab.engine.nn.Network;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * WGAN-GP's penalty λ·mean((‖∇ₓD(x̂)‖₂ - 1)²) on interpolates x̂ = εx + (1-ε)G(z), ε ~ U(0, 1)
 * per example, with its exact gradient for D's parameters. That gradient differentiates D's
 * input gradient, which {@link Network#backwardOfInputGradient} does layer by layer; for the
 * piecewise-linear critics it supports (dense, convolution, (leaky) ReLU), this is the exact
 * second-order term PyTorch's {@code create_graph=True} would give.
 */
public final class GradientPenalty {

    private final double lambda;

    public GradientPenalty(double lambda) {
        this.lambda = lambda;
    }

    /**
     * Adds the penalty's gradient to D's gradients and returns the penalty.
     *
     * @param real D's inputs for the real batch, {@code [n, ...]}
     * @param fake D's inputs for the fake batch, same shape
     * @param rng  draws the interpolation weights
     */
    public double apply(Network d, INDArray real, INDArray fake, SplittableRandom rng) {
        int n = (int) real.size(0);
        INDArray interpolates = interpolate(real, fake, rng, n);
        INDArray out = d.forward(interpolates, true);
        INDArray seed = Nd4j.zeros(DataType.FLOAT, out.shape());
        seed.getColumn(0).assign(1);    // the adversarial output; AC-GAN's class logits are not penalised
        INDArray inputGrad = d.backward(seed, false, true).reshape('c', n, -1);
        float[] norms = inputGrad.norm2(1).toFloatVector();
        double penalty = 0;
        float[] scale = new float[n];
        for (int i = 0; i < n; i++) {
            double excess = norms[i] - 1;
            penalty += lambda * excess * excess / n;
            scale[i] = (float) (norms[i] > 0 ? 2 * lambda * excess / (n * norms[i]) : 0);
        }
        INDArray gradOfInputGrad = inputGrad.mulColumnVector(Nd4j.createFromArray(scale).reshape(n, 1));
        d.backwardOfInputGradient(gradOfInputGrad.reshape('c', real.shape()));
        return penalty;
    }

    private static INDArray interpolate(INDArray real, INDArray fake, SplittableRandom rng, int n) {
        float[] eps = new float[n];
        for (int i = 0; i < n; i++) {
            eps[i] = (float) rng.nextDouble();
        }
        INDArray r = real.reshape('c', n, -1);
        INDArray f = fake.reshape('c', n, -1);
        INDArray mix = r.sub(f).muliColumnVector(Nd4j.createFromArray(eps).reshape(n, 1)).addi(f);
        return mix.reshape('c', real.shape());
    }
}
