package org.ganlab.engine.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ganlab.engine.Backend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The (leaky) ReLU's oneDNN route gives the ND4J route's outputs and gradients bit for bit, but
 * for the sign of a zero (a ReLU of a negative number is +0 there, as in PyTorch, and -0 on the
 * masked route), inputs of ±0 and ±the smallest float included (the slope at 0 is α), at
 * alternating batch sizes (each keeps its own primitives). Tanh agrees to within float rounding.
 */
class OneDnnEltwiseTest {

    @BeforeAll
    static void backend() {
        Backend.initialize();
        assertTrue(OneDnn.available(), "the oneDNN presets load on this machine");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.2})
    void matchesTheMaskedRouteBitForBit(double alpha) {
        Activation.Kind kind = alpha == 0 ? Activation.Kind.RELU : Activation.Kind.LEAKY_RELU;
        Activation direct = new Activation(kind, alpha, true, 3, 5, 5);
        Activation masked = new Activation(kind, alpha, false, 3, 5, 5);
        SplittableRandom rng = new SplittableRandom(5);
        for (int batch : new int[] {4, 7, 4}) {
            float[] x = values(rng, batch * 75);
            x[0] = 0f;
            x[1] = -0f;
            x[2] = Float.MIN_VALUE;
            x[3] = -Float.MIN_VALUE;
            INDArray input = Nd4j.createFromArray(x).reshape(batch, 3, 5, 5);
            INDArray gradOut = Nd4j.createFromArray(values(rng, batch * 75)).reshape(batch, 3, 5, 5);

            assertBits(masked.forward(input, true), direct.forward(input, true), "output at batch " + batch);
            assertBits(masked.backward(gradOut, true, true), direct.backward(gradOut, true, true),
                    "input gradient at batch " + batch);
            assertBits(masked.backwardOfInputGradient(gradOut), direct.backwardOfInputGradient(gradOut),
                    "the gradient penalty's pass back at batch " + batch);
        }
    }

    @org.junit.jupiter.api.Test
    void tanhMatchesNd4jsToWithinRounding() {
        Activation direct = new Activation(Activation.Kind.TANH, 0, true, 784);
        Activation nd4j = new Activation(Activation.Kind.TANH, 0, false, 784);
        SplittableRandom rng = new SplittableRandom(9);
        for (int batch : new int[] {6, 3, 6}) {
            float[] x = values(rng, batch * 784);
            for (int i = 0; i < 40; i++) {
                x[i] = (i - 20) * 0.5f;   // into both tails, where tanh saturates
            }
            INDArray input = Nd4j.createFromArray(x).reshape(batch, 784);
            INDArray gradOut = Nd4j.createFromArray(values(rng, batch * 784)).reshape(batch, 784);
            assertNear(nd4j.forward(input, true), direct.forward(input, true), "tanh at batch " + batch);
            assertNear(nd4j.backward(gradOut, true, true), direct.backward(gradOut, true, true),
                    "tanh's input gradient at batch " + batch);
        }
    }

    private static void assertNear(INDArray expected, INDArray actual, String what) {
        float[] e = expected.dup().data().asFloat();
        float[] a = actual.dup().data().asFloat();
        for (int i = 0; i < e.length; i++) {
            assertTrue(Math.abs(e[i] - a[i]) <= 1e-6 + 1e-6 * Math.abs(e[i]),
                    what + ": element " + i + " is " + a[i] + ", ND4J says " + e[i]);
        }
    }

    private static void assertBits(INDArray expected, INDArray actual, String what) {
        float[] e = expected.dup().data().asFloat();
        float[] a = actual.dup().data().asFloat();
        int[] eb = new int[e.length];
        int[] ab = new int[a.length];
        for (int i = 0; i < e.length; i++) {
            eb[i] = Float.floatToRawIntBits(e[i] + 0f);   // x + 0 turns -0 into +0, nothing else
            ab[i] = Float.floatToRawIntBits(a[i] + 0f);
        }
        assertArrayEquals(eb, ab, what);
    }

    private static float[] values(SplittableRandom rng, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) rng.nextGaussian();
        }
        return v;
    }
}
