package org.ganlab.engine.nn;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.ganlab.engine.Backend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The convolutions' oneDNN route computes what libnd4j's ops compute: outputs, input gradients,
 * weight and bias gradients, for convolutions and transposed ones, at alternating batch sizes
 * (each keeps its own primitives) and over several steps (gradients add up).
 */
class OneDnnConvolutionTest {

    @BeforeAll
    static void backend() {
        Backend.initialize();
        assertTrue(OneDnn.available(), "the oneDNN presets load on this machine");
    }

    static Stream<ConvGeometry> geometries() {
        return Stream.of(
                new ConvGeometry(1, 28, 64, 4, 2, 1, false),    // D's first layer
                new ConvGeometry(64, 14, 128, 4, 2, 1, false),  // D's second
                new ConvGeometry(128, 7, 64, 4, 2, 1, true),    // G's first up-sampling
                new ConvGeometry(64, 14, 1, 4, 2, 1, true),     // G's last
                new ConvGeometry(11, 28, 64, 4, 2, 1, false),   // conditional D: label planes
                new ConvGeometry(3, 9, 5, 3, 2, 0, false),      // odd sizes, no padding
                new ConvGeometry(5, 4, 3, 3, 2, 0, true));
    }

    @ParameterizedTest
    @MethodSource("geometries")
    void matchesLibnd4jsOps(ConvGeometry g) {
        Network direct = network(g, true);
        Network reference = network(g, false);
        reference.params().assign(direct.params());
        SplittableRandom rng = new SplittableRandom(g.hashCode());
        for (long batch : new long[] {5, 3, 5, 3}) {
            INDArray x = random(rng, batch, g.inChannels(), g.inSize(), g.inSize());
            INDArray gradOut = random(rng, batch, g.outChannels(), g.outSize(), g.outSize());

            GradientMatch.assertClose(reference.forward(x, true), direct.forward(x, true), 1e-5, "output");
            INDArray referenceGradIn = reference.backward(gradOut, true, true).dup();
            INDArray directGradIn = direct.backward(gradOut, true, true);
            GradientMatch.assertClose(referenceGradIn, directGradIn, 1e-5, "input gradient at batch " + batch);
            GradientMatch.assertClose(reference.gradients(), direct.gradients(), 1e-5,
                    "weight and bias gradients, summed over the steps so far");
        }
    }

    @Test
    void theInputGradientAloneAndTheWeightGradientAloneMatchToo() {
        ConvGeometry g = new ConvGeometry(64, 14, 128, 4, 2, 1, false);
        Network direct = network(g, true);
        Network reference = network(g, false);
        reference.params().assign(direct.params());
        SplittableRandom rng = new SplittableRandom(7);
        INDArray x = random(rng, 4, 64, 14, 14);
        INDArray gradOut = random(rng, 4, 128, 7, 7);
        reference.forward(x, true);
        direct.forward(x, true);

        GradientMatch.assertClose(reference.backward(gradOut, false, true).dup(), direct.backward(gradOut, false, true),
                1e-5, "input gradient without parameter gradients");
        assertTrue(direct.gradients().sumNumber().doubleValue() == 0, "no parameter gradient was added");

        assertNull(direct.backward(gradOut, true, false), "a first layer returns no input gradient");
        reference.backward(gradOut, true, false);
        GradientMatch.assertClose(reference.gradients(), direct.gradients(), 1e-5, "weight gradient alone");
    }


    private static Network network(ConvGeometry g, boolean direct) {
        Network net = new Network("conv", g.inputShape(), List.of(new Conv2d(g, direct)));
        net.initialize(new SplittableRandom(11));
        return net;
    }

    private static INDArray random(SplittableRandom rng, long... shape) {
        INDArray a = Nd4j.create(DataType.FLOAT, shape);
        float[] v = new float[(int) a.length()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) rng.nextGaussian();
        }
        return Nd4j.createFromArray(v).reshape(shape);
    }
}
