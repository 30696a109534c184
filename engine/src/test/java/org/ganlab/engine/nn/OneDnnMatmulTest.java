package org.ganlab.engine.nn;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.ganlab.engine.Backend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Dense's oneDNN route computes what libnd4j's products compute: outputs (bias inside the
 * product), input gradients, and weight and bias gradients that add up over passes, at
 * alternating batch sizes (each keeps its own primitives), and the penalty's second pass.
 */
class OneDnnMatmulTest {

    @BeforeAll
    static void backend() {
        Backend.initialize();
        assertTrue(OneDnn.available(), "the oneDNN presets load on this machine");
    }

    @ParameterizedTest
    @CsvSource({"100, 256", "784, 512", "256, 1", "6272, 1", "3, 5"})
    void matchesLibnd4jsProducts(int in, int out) {
        Network direct = network(in, out, true);
        Network reference = network(in, out, false);
        reference.params().assign(direct.params());
        SplittableRandom rng = new SplittableRandom(in * 31L + out);
        for (long batch : new long[] {6, 11, 6, 1}) {
            INDArray x = random(rng, batch, in);
            INDArray gradOut = random(rng, batch, out);
            GradientMatch.assertClose(reference.forward(x, true), direct.forward(x, true), 1e-5, "output at batch " + batch);
            GradientMatch.assertClose(reference.backward(gradOut, true, true).dup(), direct.backward(gradOut, true, true),
                    1e-5, "input gradient at batch " + batch);
            GradientMatch.assertClose(reference.gradients(), direct.gradients(), 1e-5, "gradients summed over the passes so far");
        }
        assertNull(direct.backward(random(rng, 1, out), true, false), "a first layer returns no input gradient");
    }

    @Test
    void thePenaltysSecondPassMatches() {
        Network direct = network(20, 7, true);
        Network reference = network(20, 7, false);
        reference.params().assign(direct.params());
        SplittableRandom rng = new SplittableRandom(3);
        INDArray x = random(rng, 5, 20);
        INDArray gradOut = random(rng, 5, 7);
        INDArray gradOfInputGrad = random(rng, 5, 20);
        for (Network net : List.of(reference, direct)) {
            net.forward(x, true);
            net.backward(gradOut, false, true);
            net.backwardOfInputGradient(gradOfInputGrad);
        }
        GradientMatch.assertClose(reference.gradients(), direct.gradients(), 1e-5, "weight gradient of the penalty");
    }

    @Test
    void takesOnlyWhatItCanDescribe() {
        assertTrue(OneDnnMatmul.supports(Nd4j.zeros(DataType.FLOAT, 4, 5)));
        assertFalse(OneDnnMatmul.supports(Nd4j.zeros(DataType.DOUBLE, 4, 5)));
        assertFalse(OneDnnMatmul.supports(Nd4j.zeros(DataType.FLOAT, 4, 5).transpose()));
        assertFalse(OneDnnMatmul.supports(Nd4j.zeros(DataType.FLOAT, 2, OneDnnMatmul.MAX_SIDE + 1)));
    }


    private static Network network(int in, int out, boolean direct) {
        Network net = new Network("dense", new int[] {in}, List.of(new Dense(in, out, direct)));
        net.initialize(new SplittableRandom(11));
        return net;
    }

    private static INDArray random(SplittableRandom rng, long rows, long cols) {
        float[] v = new float[(int) (rows * cols)];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) rng.nextGaussian();
        }
        return Nd4j.createFromArray(v).reshape(rows, cols);
    }
}
