package org.ganlab.engine.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganlab.engine.Backend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.config.Adam;

/** The one-pass Adam step against ND4J's native updater, which it replaces for float networks. */
class FusedAdamTest {

    /** More than one chunk, and not a multiple of it, so chunk edges are crossed. */
    private static final int N = 3 * FusedAdam.CHUNK + 1234;

    @BeforeAll
    static void backend() {
        Backend.initialize();
    }

    @Test
    void itTakesTheNativeUpdatersStepsBitForBitAtTheGanBetas() {
        for (double beta1 : new double[] {0.5, 0.0}) {
            INDArray start = Nd4j.randn(DataType.FLOAT, 1, N);
            INDArray nativeParams = start.dup();
            INDArray fusedParams = start.dup();
            INDArray nativeState = Nd4j.create(DataType.FLOAT, 1, 2L * N);
            INDArray fusedState = Nd4j.create(DataType.FLOAT, 1, 2L * N);
            AdamUpdater reference = new AdamUpdater(new Adam(2e-4, beta1, 0.999, 1e-8));
            reference.setStateViewArray(nativeState, nativeParams.shape(), 'c', true);
            for (int step = 0; step < 4; step++) {
                INDArray gradient = Nd4j.randn(DataType.FLOAT, 1, N).muli(1e-2);
                INDArray update = gradient.dup();
                reference.applyUpdater(update, step, 0);
                nativeParams.subi(update);
                FusedAdam.step(fusedParams, gradient.dup(), fusedState, step, 2e-4, beta1, 0.999, 1e-8, 2);
            }
            assertArrayEquals(nativeParams.toFloatVector(), fusedParams.toFloatVector(), 0f, "parameters, β1 " + beta1);
            assertArrayEquals(nativeState.toFloatVector(), fusedState.toFloatVector(), 0f, "m and v, β1 " + beta1);
        }
    }

    @Test
    void atOtherBetasItAgreesToRoundingError() {
        INDArray start = Nd4j.randn(DataType.FLOAT, 1, N);
        INDArray nativeParams = start.dup();
        INDArray fusedParams = start.dup();
        INDArray nativeState = Nd4j.create(DataType.FLOAT, 1, 2L * N);
        AdamUpdater reference = new AdamUpdater(new Adam(1e-3, 0.9, 0.99, 1e-8));
        reference.setStateViewArray(nativeState, nativeParams.shape(), 'c', true);
        INDArray fusedState = Nd4j.create(DataType.FLOAT, 1, 2L * N);
        for (int step = 0; step < 3; step++) {
            INDArray gradient = Nd4j.randn(DataType.FLOAT, 1, N);
            INDArray update = gradient.dup();
            reference.applyUpdater(update, step, 0);
            nativeParams.subi(update);
            FusedAdam.step(fusedParams, gradient, fusedState, step, 1e-3, 0.9, 0.99, 1e-8, 1);
        }
        double worst = nativeParams.sub(fusedParams).amaxNumber().doubleValue();
        assertTrue(worst < 1e-6, "largest difference " + worst);
    }

    @Test
    void itReturnsTheGradientsNormAndLeavesTheGradientZeroed() {
        INDArray gradient = Nd4j.randn(DataType.FLOAT, 1, N);
        double expected = Math.sqrt(gradient.castTo(DataType.DOUBLE).mul(gradient.castTo(DataType.DOUBLE)).sumNumber().doubleValue());
        double norm = FusedAdam.step(Nd4j.zeros(DataType.FLOAT, 1, N), gradient, Nd4j.create(DataType.FLOAT, 1, 2L * N),
                0, 1e-3, 0.5, 0.999, 1e-8, 2);
        assertEquals(expected, norm, expected * 1e-9);
        assertEquals(0.0, gradient.amaxNumber().doubleValue(), 0.0);
    }

    @Test
    void oneThreadAndTwoGiveTheSameBits() {
        INDArray start = Nd4j.randn(DataType.FLOAT, 1, N);
        INDArray gradient = Nd4j.randn(DataType.FLOAT, 1, N);
        INDArray one = start.dup();
        INDArray two = start.dup();
        double normOne = FusedAdam.step(one, gradient.dup(), Nd4j.create(DataType.FLOAT, 1, 2L * N), 0, 1e-3, 0.5, 0.999, 1e-8, 1);
        double normTwo = FusedAdam.step(two, gradient.dup(), Nd4j.create(DataType.FLOAT, 1, 2L * N), 0, 1e-3, 0.5, 0.999, 1e-8, 2);
        assertArrayEquals(one.toFloatVector(), two.toFloatVector(), 0f);
        assertEquals(normOne, normTwo, 0.0);
    }

    @Test
    void doubleNetworksKeepTheNativeUpdater() {
        assertTrue(FusedAdam.supports(Nd4j.zeros(DataType.FLOAT, 1, 10)));
        assertTrue(!FusedAdam.supports(Nd4j.zeros(DataType.DOUBLE, 1, 10)));
        assertTrue(!FusedAdam.supports(Nd4j.zeros(DataType.FLOAT, 2, 10).getRow(1)));
    }
}
