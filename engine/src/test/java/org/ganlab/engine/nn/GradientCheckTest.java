package org.ganlab.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * parameters and the input, through small networks built like the real ones.
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
        check(new Network("mlp", new int[] {6}, List.of(
                new Dense(6, 5), Activation.leakyRelu(0.2, 5),
                new Dense(5, 4), Activation.relu(4),
                new Dense(4, 3), Activation.tanh(3))), 4, 6);
    }

    @Test
    void batchNormOnVectorsUsesTheFullTrainingGradient() {
        check(new Network("bn1d", new int[] {5}, List.of(
                new Dense(5, 4), new BatchNorm(4), Activation.tanh(4), new Dense(4, 2))), 6, 5);
    }

    @Test
    void convolutionBatchNormAndDense() {
        ConvGeometry conv = new ConvGeometry(2, 8, 3, 4, 2, 1, false);
        check(new Network("d", new int[] {2, 8, 8}, List.of(
                // tanh, not the real D's leaky ReLU: a finite difference that crosses a kink is no
                // derivative, and which ones cross depends on the random draw (leaky ReLU is
                // checked on its own in denseAndActivations)
                new Conv2d(conv), new BatchNorm(conv.outputShape()), Activation.tanh(conv.outputShape()),
                new Reshape(conv.outputShape(), new int[] {3 * 4 * 4}), new Dense(48, 1))), 3, 2, 8, 8);
    }

    @Test
    void transposedConvolution() {
        ConvGeometry up = new ConvGeometry(3, 4, 2, 4, 2, 1, true);
        check(new Network("g", new int[] {12}, List.of(
                new Dense(12, 3 * 4 * 4), new Reshape(new int[] {48}, new int[] {3, 4, 4}),
                new Conv2d(up), new BatchNorm(up.outputShape()), Activation.tanh(up.outputShape()))), 3, 12);
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
    private static void check(Network net, long... inputShape) {
        net.initialize(new SplittableRandom(7));
        INDArray x = Nd4j.rand(DataType.DOUBLE, inputShape).subi(0.5).muli(2).castTo(DataType.FLOAT);
        INDArray r = Nd4j.rand(DataType.FLOAT, net.forward(x, true).shape()).subi(0.5);
        net.zeroGradients();
        net.forward(x, true);
        INDArray inputGrad = net.backward(r, true, true).dup();
        INDArray paramGrad = net.gradients().dup();
        assertMatches("parameter", net.params(), paramGrad, () -> loss(net, x, r));
        assertMatches("input", x, inputGrad, () -> loss(net, x, r));
    }

    private static void assertMatches(String what, INDArray values, INDArray analytic,
                                      java.util.function.DoubleSupplier loss) {
        INDArray flat = values.reshape(values.length());
        INDArray grads = analytic.reshape(analytic.length());
        double eps = 1e-3;
        double worst = 0;
        String detail = "";
        for (int i = 0; i < flat.length(); i++) {
            float original = flat.getFloat(i);
            flat.putScalar(i, original + eps);
            double plus = loss.getAsDouble();
            flat.putScalar(i, original - eps);
            double minus = loss.getAsDouble();
            flat.putScalar(i, original);
            double numeric = (plus - minus) / (2 * eps);
            double error = Math.abs(numeric - grads.getDouble(i)) / Math.max(1, Math.abs(numeric));
            if (error > worst) {
                worst = error;
                detail = " at " + i + ": numeric " + numeric + ", analytic " + grads.getDouble(i);
            }
        }
        assertEquals(0, worst, 3e-3, "worst relative " + what + " gradient error" + detail);
    }

    private static double loss(Network net, INDArray x, INDArray r) {
        return net.forward(x, true).castTo(DataType.DOUBLE).mul(r.castTo(DataType.DOUBLE)).sumNumber().doubleValue();
    }
}
