package org.ganlab.engine.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ganlab.engine.Backend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/** Kept op contexts compute what a fresh op computes, follow new arrays, and stay bounded. */
class NativeOpTest {

    @BeforeAll
    static void backend() {
        Backend.initialize();
    }

    @Test
    void aKeptContextSeesNewValuesInTheSameArrays() {
        NativeOp product = new NativeOp("matmul", new long[] {0, 0, 0}, 1.0, 0.0);
        INDArray x = Nd4j.rand(DataType.FLOAT, 3, 4);
        INDArray w = Nd4j.rand(DataType.FLOAT, 4, 5);
        INDArray y = Nd4j.create(DataType.FLOAT, 3, 5);
        product.exec(new INDArray[] {x, w}, y);
        assertArrayEquals(x.mmul(w).dup().data().asFloat(), y.dup().data().asFloat(), 1e-6f);
        x.assign(Nd4j.rand(DataType.FLOAT, 3, 4));
        product.exec(new INDArray[] {x, w}, y);
        assertArrayEquals(x.mmul(w).dup().data().asFloat(), y.dup().data().asFloat(), 1e-6f);
        assertEquals(1, product.contexts());
    }

    @Test
    void itMatchesAFreshOpAndKeepsAtMostFourArraySets() {
        NativeOp multiply = new NativeOp("multiply");
        for (int set = 0; set < 6; set++) {
            INDArray a = Nd4j.rand(DataType.FLOAT, 2, 3);
            INDArray b = Nd4j.rand(DataType.FLOAT, 2, 3);
            INDArray kept = a.ulike();
            INDArray fresh = a.ulike();
            multiply.exec(new INDArray[] {a, b}, kept);
            Nd4j.exec(DynamicCustomOp.builder("multiply").addInputs(a, b).addOutputs(fresh).build());
            assertArrayEquals(fresh.dup().data().asFloat(), kept.dup().data().asFloat(), 0f);
        }
        assertEquals(NativeOp.KEPT, multiply.contexts());
    }

    @Test
    void theLeakyReluMaskGivesLibnd4jsValuesAndGradients() {
        Activation leaky = Activation.leakyRelu(0.2, 1000);
        INDArray x = Nd4j.rand(DataType.FLOAT, 4, 1000).subi(0.5);
        INDArray g = Nd4j.rand(DataType.FLOAT, 4, 1000);
        INDArray y = leaky.forward(x, true).dup();
        INDArray gradIn = leaky.backward(g, false, true);
        INDArray expectedY = x.ulike();
        INDArray expectedGrad = x.ulike();
        Nd4j.exec(new org.nd4j.linalg.api.ops.impl.scalar.LeakyReLU(x, expectedY, 0.2));
        Nd4j.exec(DynamicCustomOp.builder("lrelu_bp").addInputs(x, g).addOutputs(expectedGrad)
                .addFloatingPointArguments(0.2).build());
        assertArrayEquals(expectedY.dup().data().asFloat(), y.dup().data().asFloat(), 0f);
        assertArrayEquals(expectedGrad.dup().data().asFloat(), gradIn.dup().data().asFloat(), 0f);
    }

    /** At exactly 0 the slope is α, as in PyTorch (libnd4j's lrelu_bp takes 1 there). */
    @Test
    void atZeroTheSlopeIsAlphaAndReluPassesNothing() {
        INDArray x = Nd4j.createFromArray(new float[][] {{0f, 2f, -3f}});
        INDArray g = Nd4j.createFromArray(new float[][] {{1f, 1f, 1f}});
        Activation leaky = Activation.leakyRelu(0.2, 3);
        leaky.forward(x, true);
        assertArrayEquals(new float[] {0.2f, 1f, 0.2f}, leaky.backward(g, false, true).dup().data().asFloat(), 0f);
        Activation relu = Activation.relu(3);
        assertArrayEquals(new float[] {0f, 2f, 0f}, relu.forward(x, true).dup().data().asFloat(), 0f);
        assertArrayEquals(new float[] {0f, 1f, 0f}, relu.backward(g, false, true).dup().data().asFloat(), 0f);
    }
}
