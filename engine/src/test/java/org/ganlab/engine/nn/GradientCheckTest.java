package org.ganlab.engine.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.ganlab.engine.Backend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Every layer's backward pass against central finite differences of L = Σ out ⊙ R, for the
 * parameters and the input, through small networks built like the real ones. The networks run in
 * double (the layers compute in their input's type), so a central difference with a step of
 * 1e-4 agrees with the analytic gradient to about 2.5e-7, and {@link GradientMatch} can demand a
 * tight relative error.
 */
class GradientCheckTest {

    @BeforeAll
    static void backend() {
        Backend.initialize();
    }

    /** Each test draws its own inputs: a check must not depend on which tests ran before it. */
    @BeforeEach
    void seed() {
        Nd4j.getRandom().setSeed(51);
    }

    @Test
    void denseAndActivations() {
        KinkWatch[] kinks = {new KinkWatch(5), new KinkWatch(4)};
        check(new Network("mlp", new int[] {6}, List.of(
                new Dense(6, 5), kinks[0], Activation.leakyRelu(0.2, 5),
                new Dense(5, 4), kinks[1], Activation.relu(4),
                new Dense(4, 3), Activation.tanh(3)), DataType.DOUBLE), kinks, 4, 6);
    }

    @Test
    void batchNormOnVectorsUsesTheFullTrainingGradient() {
        check(new Network("bn1d", new int[] {5}, List.of(
                new Dense(5, 4), new BatchNorm(4), Activation.tanh(4), new Dense(4, 2)), DataType.DOUBLE), new KinkWatch[0], 6, 5);
    }

    @Test
    void convolutionBatchNormLeakyReluAndDense() {
        ConvGeometry conv = new ConvGeometry(2, 8, 3, 4, 2, 1, false);
        KinkWatch kink = new KinkWatch(conv.outputShape());
        check(new Network("d", new int[] {2, 8, 8}, List.of(
                new Conv2d(conv), new BatchNorm(conv.outputShape()), kink, Activation.leakyRelu(0.2, conv.outputShape()),
                new Reshape(conv.outputShape(), new int[] {3 * 4 * 4}), new Dense(48, 1)), DataType.DOUBLE),
                new KinkWatch[] {kink}, 3, 2, 8, 8);
    }

    @Test
    void transposedConvolution() {
        ConvGeometry up = new ConvGeometry(3, 4, 2, 4, 2, 1, true);
        check(new Network("g", new int[] {12}, List.of(
                new Dense(12, 3 * 4 * 4), new Reshape(new int[] {48}, new int[] {3, 4, 4}),
                new Conv2d(up), new BatchNorm(up.outputShape()), Activation.tanh(up.outputShape())), DataType.DOUBLE),
                new KinkWatch[0], 3, 12);
    }

    @Test
    void inputOnlyGradientOfConvolutionsMatchesTheFullBackwardPass() {
        ConvGeometry conv = new ConvGeometry(2, 8, 3, 4, 2, 1, false);
        ConvGeometry up = new ConvGeometry(3, 4, 2, 4, 2, 1, true);
        Network net = new Network("both", new int[] {2, 8, 8}, List.of(new Conv2d(conv), new Conv2d(up)));
        net.initialize(new SplittableRandom(3));
        INDArray x = Nd4j.rand(DataType.FLOAT, 2, 2, 8, 8).subi(0.5);
        INDArray r = Nd4j.rand(DataType.FLOAT, net.forward(x, true).shape());
        INDArray full = net.backward(r, true, true).dup();
        net.forward(x, true);
        INDArray inputOnly = net.backward(r, false, true);
        assertTrue(full.equalsWithEps(inputOnly, 1e-4), "input gradients differ:\n" + full + "\n" + inputOnly);
    }

    @Test
    void aConvolutionWhoseTransposeDoesNotMapBackUsesTheFullBackwardOp() {
        // kernel 3, stride 2, padding 1: 8 -> 4, and 4 maps back to 7, not 8
        ConvGeometry lossy = new ConvGeometry(2, 8, 3, 3, 2, 1, false);
        assertTrue(!lossy.invertible() && new ConvGeometry(2, 7, 3, 3, 2, 1, false).invertible());
        Network net = new Network("lossy", new int[] {2, 8, 8}, List.of(new Conv2d(lossy)));
        net.initialize(new SplittableRandom(4));
        INDArray x = Nd4j.rand(DataType.FLOAT, 2, 2, 8, 8).subi(0.5);
        INDArray r = Nd4j.rand(DataType.FLOAT, net.forward(x, true).shape());
        INDArray full = net.backward(r, true, true).dup();
        net.forward(x, true);
        INDArray inputOnly = net.backward(r, false, true);
        assertTrue(full.equalsWithEps(inputOnly, 1e-5), "input gradients differ:\n" + full + "\n" + inputOnly);

        UnsupportedOperationException e = org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> net.backwardOfInputGradient(inputOnly));
        assertTrue(e.getMessage().contains("does not map back to the input size"), e.getMessage());
    }

    /** Compares analytic and numeric gradients for every parameter and input value. */
    private static void check(Network net, KinkWatch[] kinks, long... inputShape) {
        net.initialize(new SplittableRandom(7));
        INDArray x = Nd4j.rand(DataType.DOUBLE, inputShape).subi(0.5).muli(2);
        INDArray r = Nd4j.rand(DataType.DOUBLE, net.forward(x, true).shape()).subi(0.5);
        net.zeroGradients();
        net.forward(x, true);
        INDArray inputGrad = net.backward(r, true, true).dup();
        INDArray paramGrad = net.gradients().dup();
        GradientMatch.assertMatches("parameter", net.params(), paramGrad, kinks, () -> loss(net, x, r));
        GradientMatch.assertMatches("input", x, inputGrad, kinks, () -> loss(net, x, r));
    }

    private static double loss(Network net, INDArray x, INDArray r) {
        return net.forward(x, true).mul(r).sumNumber().doubleValue();
    }
}
