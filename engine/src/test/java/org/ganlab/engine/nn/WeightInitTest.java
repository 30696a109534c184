package org.ganlab.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.ganlab.engine.Backend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code --init dcgan} draws Radford et al.'s N(0, 0.02) weights and N(1, 0.02) scales; pytorch keeps U(±1/√fan-in). */
class WeightInitTest {

    @BeforeAll
    static void backend() {
        Backend.initialize();
    }

    @Test
    void dcganInitDrawsDenseAndConvWeightsFromNZeroPointZeroTwoWithZeroBias() {
        Conv2d conv = new Conv2d(new ConvGeometry(16, 8, 32, 4, 2, 1, false));
        Network net = new Network("n", new int[] {16, 8, 8}, List.of(conv));
        net.initialize(new SplittableRandom(5), WeightInit.DCGAN);
        float[] p = net.params().dup().data().asFloat();
        int weights = 16 * 32 * 4 * 4;

        double[] moments = moments(Arrays.copyOfRange(p, 0, weights));
        assertEquals(0, moments[0], 0.002, "weight mean");
        assertEquals(0.02, moments[1], 0.001, "weight standard deviation");
        for (int i = weights; i < p.length; i++) {
            assertEquals(0f, p[i], "bias " + (i - weights));
        }
    }

    @Test
    void dcganInitDrawsBatchNormScalesFromNOneZeroPointZeroTwo() {
        BatchNorm bn = new BatchNorm(2000);
        Network net = new Network("bn", new int[] {2000}, List.of(bn));
        net.initialize(new SplittableRandom(6), WeightInit.DCGAN);
        float[] p = net.params().dup().data().asFloat();

        double[] gamma = moments(Arrays.copyOfRange(p, 0, 2000));
        assertEquals(1, gamma[0], 0.003, "scale mean");
        assertEquals(0.02, gamma[1], 0.002, "scale standard deviation");
        assertEquals(0, moments(Arrays.copyOfRange(p, 2000, 4000))[1], 0.0, "shifts all 0");
    }

    @Test
    void pytorchInitKeepsUniformWeightsAndBiasesAndUnitScales() {
        Dense dense = new Dense(100, 50);
        BatchNorm bn = new BatchNorm(50);
        Network net = new Network("n", new int[] {100}, List.of(dense, bn));
        net.initialize(new SplittableRandom(7));
        float[] p = net.params().dup().data().asFloat();

        double bound = 1 / Math.sqrt(100);
        double[] w = moments(Arrays.copyOfRange(p, 0, 5000));
        // U(-b, b) has standard deviation b/√3, far from DCGAN's 0.02
        assertEquals(bound / Math.sqrt(3), w[1], 0.003, "uniform weights");
        double[] bias = moments(Arrays.copyOfRange(p, 5000, 5050));
        assertTrue(bias[1] > 0.02, "biases are drawn, not zero: " + bias[1]);
        double[] gamma = moments(Arrays.copyOfRange(p, 5050, 5100));
        assertEquals(1, gamma[0], 0.0, "scales start at 1");
        assertEquals(0, gamma[1], 0.0, "every scale is 1");
    }

    /** {mean, standard deviation}. */
    private static double[] moments(float[] v) {
        double sum = 0;
        double sumSq = 0;
        for (float x : v) {
            sum += x;
        }
        double mean = sum / v.length;
        for (float x : v) {
            sumSq += (x - mean) * (x - mean);
        }
        return new double[] {mean, Math.sqrt(sumSq / v.length)};
    }
}
