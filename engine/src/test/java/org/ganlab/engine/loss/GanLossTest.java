package org.ganlab.engine.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Loss values and gradients against numbers worked out by hand. */
class GanLossTest {

    private static final float[] LOGITS = {0f, 2f, -1f};
    // sigmoid: 0.5, 0.880797, 0.268941; softplus: 0.693147, 2.126928, 0.313262

    @Test
    void discriminatorOnRealImagesIsCrossEntropyAgainstOne() {
        float[] grad = new float[3];
        double loss = new NonSaturatingLoss().discriminatorReal(LOGITS, grad, 1.0);
        // mean of softplus(-x): (0.693147 + 0.126928 + 1.313262) / 3
        assertEquals(0.711112, loss, 1e-6);
        assertArrayEquals(new float[] {-0.5f / 3, -0.119203f / 3, -0.731059f / 3}, grad, 1e-6f);
    }

    @Test
    void labelSmoothingLowersTheRealTarget() {
        float[] grad = new float[3];
        double loss = new NonSaturatingLoss().discriminatorReal(LOGITS, grad, 0.9);
        // mean of softplus(x) - 0.9x: (0.693147 + (2.126928 - 1.8) + (0.313262 + 0.9)) / 3
        assertEquals(0.744446, loss, 1e-6);
        assertEquals((0.5 - 0.9) / 3, grad[0], 1e-6);
    }

    @Test
    void discriminatorOnFakeImagesIsCrossEntropyAgainstZero() {
        float[] grad = new float[3];
        double loss = new NonSaturatingLoss().discriminatorFake(LOGITS, grad);
        assertEquals((0.693147 + 2.126928 + 0.313262) / 3, loss, 1e-6);
        assertArrayEquals(new float[] {0.5f / 3, 0.880797f / 3, 0.268941f / 3}, grad, 1e-6f);
    }

    @Test
    void nonSaturatingGeneratorMaximisesLogDOfFakes() {
        float[] grad = new float[3];
        double loss = new NonSaturatingLoss().generator(LOGITS, grad);
        assertEquals(0.711112, loss, 1e-6);
        assertTrue(grad[2] < grad[1], "the most rejected fake gets the strongest push");
    }

    @Test
    void minimaxGeneratorMinimisesLogOneMinusD() {
        float[] grad = new float[3];
        double loss = new MinimaxLoss().generator(LOGITS, grad);
        // log(1 - sigmoid(x)) = -softplus(x)
        assertEquals(-(0.693147 + 2.126928 + 0.313262) / 3, loss, 1e-6);
        assertArrayEquals(new float[] {-0.5f / 3, -0.880797f / 3, -0.268941f / 3}, grad, 1e-6f);
        // the saturation students should see: a confidently rejected fake barely moves G
        float[] rejected = new float[1];
        new MinimaxLoss().generator(new float[] {-10f}, rejected);
        assertTrue(Math.abs(rejected[0]) < 1e-4);
    }

    @Test
    void extremeLogitsStayFinite() {
        float[] grad = new float[2];
        double loss = new NonSaturatingLoss().discriminatorReal(new float[] {-1000f, 1000f}, grad, 1.0);
        assertEquals(500, loss, 1e-9);
        assertTrue(Float.isFinite(grad[0]) && Float.isFinite(grad[1]));
    }

    @Test
    void unknownLossNamesTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> GanLoss.named("hinge2"));
        assertTrue(e.getMessage().contains("bce") && e.getMessage().contains("minimax"), e.getMessage());
    }
}
