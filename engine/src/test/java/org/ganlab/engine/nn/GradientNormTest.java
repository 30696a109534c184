package org.ganlab.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ganlab.engine.Backend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/** The optimiser reports the L2 norm of the gradient it applied, for the training doctor. */
class GradientNormTest {

    @BeforeAll
    static void backend() {
        Backend.initialize();
    }

    @Test
    void theNormIsThatOfTheDenseLayersWeightAndBiasGradients() {
        Network net = new Network("one dense", new int[] {3}, List.of(new Dense(3, 2)));
        net.initialize(new java.util.SplittableRandom(1));
        net.zeroGradients();
        net.forward(Nd4j.createFromArray(new float[][] {{1, 2, 3}}), true);
        net.backward(Nd4j.createFromArray(new float[][] {{0.5f, -1}}), true, false);
        // dL/dW = xᵀg, dL/db = g: ‖·‖² = ‖x‖²‖g‖² + ‖g‖² = 14 · 1.25 + 1.25
        double byHand = Math.sqrt(14 * 1.25 + 1.25);

        double reported = Optimizer.adam(net, 1e-3, 0.5, 0.999).step();
        assertEquals(byHand, reported, 1e-5);
    }

    @Test
    void anUpdateWithoutGradientReportsZero() {
        Network net = new Network("one dense", new int[] {3}, List.of(new Dense(3, 2)));
        net.zeroGradients();
        assertEquals(0, Optimizer.rmsProp(net, 1e-3).step(), 0);
    }
}
