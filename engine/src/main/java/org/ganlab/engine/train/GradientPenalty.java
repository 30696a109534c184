package org.ganlab.engine.train;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ganlab.engine.nn.BatchBuffers;
import org.ganlab.engine.nn.Network;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * WGAN-GP's penalty λ·mean((‖∇ₓD(x̂)‖₂ - 1)²) on interpolates x̂ = εx + (1-ε)G(z), ε ~ U(0, 1)
 * per example, of the images only (a conditional critic sees x̂ with the real batch's labels), with its exact gradient for D's parameters. That gradient differentiates D's
 * input gradient, which {@link Network#backwardOfInputGradient} does layer by layer; for the
 * piecewise-linear critics it supports (dense, convolution, (leaky) ReLU), this is the exact
 * second-order term PyTorch's {@code create_graph=True} would give.
 */
public final class GradientPenalty {

    private final double lambda;
    /** x̂, shaped like the images; reused like every other per-batch buffer. */
    private BatchBuffers interpolates;
    /** dL/d(image gradient), {@code [n, pixels]}. */
    private BatchBuffers gradsOfImageGrad;
    /** D's output seed for its input gradient: 1 on the adversarial column, 0 on any class logits. */
    private BatchBuffers seeds;

    public GradientPenalty(double lambda) {
        this.lambda = lambda;
    }

    /**
     * How the critic's input is made from a batch of images, and how a gradient with respect to
     * that input is narrowed to the images and widened back. Conditional critics that read label
     * planes beside the image are penalised on the image part only, under one label set: the
     * Lipschitz constraint is on D as a function of the image.
     */
    public interface CriticInput {
        /** The critic reads the images themselves. */
        CriticInput IMAGES = new CriticInput() {
            @Override
            public INDArray of(INDArray images) {
                return images;
            }

            @Override
            public INDArray imagePart(INDArray inputGradient) {
                return inputGradient;
            }

            @Override
            public INDArray fromImagePart(INDArray imageGradient) {
                return imageGradient;
            }
        };

        INDArray of(INDArray images);

        INDArray imagePart(INDArray inputGradient);

        /** A gradient shaped like the critic's input, zero outside the image. */
        INDArray fromImagePart(INDArray imageGradient);
    }

    /** {@link #apply(Network, INDArray, INDArray, CriticInput, SplittableRandom)} for a critic that reads images only. */
    public double apply(Network d, INDArray real, INDArray fake, SplittableRandom rng) {
        return apply(d, real, fake, CriticInput.IMAGES, rng);
    }

    /**
     * Adds the penalty's gradient to D's gradients and returns the penalty.
     *
     * @param real  the real images, {@code [n, ...]}
     * @param fake  the generated images, same shape
     * @param input how D's input is made from an image batch (label planes for conditional critics)
     * @param rng   draws the interpolation weights
     */
    public double apply(Network d, INDArray real, INDArray fake, CriticInput input, SplittableRandom rng) {
        int n = (int) real.size(0);
        INDArray mix = interpolate(real, fake, rng, n);
        INDArray out = d.forward(input.of(mix), true);
        seeds = buffersLike(seeds, out);
        INDArray seed = seeds.like(out).assign(0);
        seed.getColumn(0).assign(1);    // the adversarial output; AC-GAN's class logits are not penalised
        INDArray imageGrad = input.imagePart(d.backward(seed, false, true)).reshape('c', n, -1);
        boolean single = imageGrad.dataType() == DataType.FLOAT;
        double[] norms = single ? widen(imageGrad.norm2(1).toFloatVector()) : imageGrad.norm2(1).toDoubleVector();
        double penalty = 0;
        double[] scale = new double[n];
        for (int i = 0; i < n; i++) {
            // float training keeps the float rounding of earlier versions, so its runs repeat
            double excess = single ? (float) (norms[i] - 1) : norms[i] - 1;
            penalty += lambda * excess * excess / n;
            scale[i] = norms[i] > 0 ? 2 * lambda * excess / (n * norms[i]) : 0;
        }
        gradsOfImageGrad = buffersLike(gradsOfImageGrad, imageGrad);
        INDArray gradOfImageGrad = gradsOfImageGrad.like(imageGrad).assign(imageGrad)
                .muliColumnVector(column(scale, imageGrad.dataType()));
        d.backwardOfInputGradient(input.fromImagePart(gradOfImageGrad.reshape('c', real.shape())));
        return penalty;
    }

    private INDArray interpolate(INDArray real, INDArray fake, SplittableRandom rng, int n) {
        double[] eps = new double[n];
        for (int i = 0; i < n; i++) {
            eps[i] = rng.nextDouble();
        }
        interpolates = buffersLike(interpolates, real);
        INDArray mix = interpolates.like(real);
        INDArray r = real.reshape('c', n, -1);
        INDArray f = fake.reshape('c', n, -1);
        r.sub(f, mix.reshape('c', n, -1)).muliColumnVector(column(eps, real.dataType())).addi(f);
        return mix;
    }

    /** {@code buffers} if they hold examples shaped like {@code batch}'s, else new ones that do. */
    private static BatchBuffers buffersLike(BatchBuffers buffers, INDArray batch) {
        int[] example = new int[batch.rank() - 1];
        for (int i = 0; i < example.length; i++) {
            example[i] = (int) batch.size(i + 1);
        }
        return buffers != null && Arrays.equals(buffers.exampleShape(), example) ? buffers : new BatchBuffers(example);
    }

    /**
     * An {@code [n, 1]} column of {@code type}, the images' type: float in training, rounded in
     * Java as before (ND4J's own cast rounds differently and would change training runs), double in
     * the gradient checks.
     */
    private static INDArray column(double[] values, DataType type) {
        if (type != DataType.FLOAT) {
            return Nd4j.createFromArray(values).reshape(values.length, 1).castTo(type);
        }
        float[] f = new float[values.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) values[i];
        }
        return Nd4j.createFromArray(f).reshape(values.length, 1);
    }

    private static double[] widen(float[] values) {
        double[] d = new double[values.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = values[i];
        }
        return d;
    }
}
