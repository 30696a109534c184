package org.ganlab.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ganlab.engine.Backend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/** The optimisers' steps against the update rules computed by hand. */
class OptimizerTest {

    @BeforeAll
    static void backend() {
        Backend.initialize();
    }

    /** One weight and one bias, with chosen gradients. */
    private static Network twoParameters(float w, float b) {
        Network net = new Network("n", new int[] {1}, List.of(new Dense(1, 1)));
        net.params().assign(Nd4j.createFromArray(w, b).reshape(net.params().shape()));
        return net;
    }

    @Test
    void rmsPropDividesTheStepByTheRootOfTheDecayedMeanSquareGradient() {
        Network net = twoParameters(1f, -2f);
        Optimizer rms = Optimizer.rmsProp(net, 5e-5);
        double[][] grads = {{0.5, -3}, {0.1, 2}};
        double[] param = {1, -2};
        double[] meanSquare = {0, 0};
        for (double[] g : grads) {
            net.gradients().assign(Nd4j.createFromArray((float) g[0], (float) g[1]).reshape(net.gradients().shape()));
            rms.step();
            for (int i = 0; i < 2; i++) {
                // PyTorch's RMSprop: v = α·v + (1-α)·g², θ -= lr·g / (√v + ε), α = 0.99
                meanSquare[i] = 0.99 * meanSquare[i] + 0.01 * g[i] * g[i];
                param[i] -= 5e-5 * g[i] / (Math.sqrt(meanSquare[i]) + 1e-8);
            }
        }
        float[] p = net.params().dup().data().asFloat();
        assertEquals(param[0], p[0], 1e-6);
        assertEquals(param[1], p[1], 1e-6);
        // a first step moves each parameter by lr/√0.01 = 10·lr whatever the gradient's size
        assertEquals(1 - 5e-4 - 5e-5 * 0.1 / Math.sqrt(0.99 * 0.0025 + 0.01 * 0.01), p[0], 1e-6);
    }

    @Test
    void adamTakesABiasCorrectedFirstStepOfTheLearningRate() {
        Network net = twoParameters(1f, -2f);
        Optimizer adam = Optimizer.adam(net, 1e-3, 0.5, 0.999);
        net.gradients().assign(Nd4j.createFromArray(0.25f, -4f).reshape(net.gradients().shape()));
        adam.step();

        // m̂ = g, v̂ = g²: the first step is lr·sign(g)
        float[] p = net.params().dup().data().asFloat();
        assertEquals(1 - 1e-3, p[0], 1e-6);
        assertEquals(-2 + 1e-3, p[1], 1e-6);
    }
}
