package org.ganlab.engine.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The equilibrium lines per loss, checked against the losses' own arithmetic where they have one. */
class EquilibriumTest {

    private static final double EPS = 1e-9;

    @Test
    void bceSitsAtLn4AndLn2WithDAtOneHalf() {
        Equilibrium r = Equilibrium.of("bce", 0);
        assertEquals(Math.log(4), r.dLoss(), EPS);
        assertEquals(Math.log(2), r.gLoss(), EPS);
        assertEquals(0.5, r.output(), EPS);
    }

    @Test
    void minimaxSharesDsLineAndItsGLossIsNegative() {
        Equilibrium r = Equilibrium.of("minimax", 0);
        assertEquals(Math.log(4), r.dLoss(), EPS);
        assertEquals(-Math.log(2), r.gLoss(), EPS);
        assertEquals(0.5, r.output(), EPS);
    }

    @Test
    void theLinesAreWhatTheEngineLossesComputeWhenDOutputsTheEquilibrium() {
        for (String loss : new String[] {"bce", "minimax", "lsgan"}) {
            for (double smoothing : new double[] {0, 0.1, 0.3}) {
                Equilibrium r = Equilibrium.of(loss, smoothing);
                GanLoss l = GanLoss.named(loss);
                // D's output at equilibrium as the loss sees it: a logit for BCE-type losses, the score for LSGAN
                float in = (float) (loss.equals("lsgan") ? r.output() : Math.log(r.output() / (1 - r.output())));
                float[] x = {in, in};
                float[] grad = new float[2];
                double d = l.discriminatorReal(x, grad, 1 - smoothing) + l.discriminatorFake(x, grad);
                assertEquals(d, r.dLoss(), 1e-6, loss + " D at smoothing " + smoothing);
                assertEquals(l.generator(x, grad), r.gLoss(), 1e-6, loss + " G at smoothing " + smoothing);
            }
        }
    }

    @Test
    void smoothingMovesTheBestDsOutputToHalfTheRealTarget() {
        assertEquals(0.45, Equilibrium.of("bce", 0.1).output(), EPS);
        assertEquals(0.45, Equilibrium.of("lsgan", 0.1).output(), EPS);
    }

    @Test
    void lsganSitsAtAQuarterAndAnEighth() {
        Equilibrium r = Equilibrium.of("lsgan", 0);
        assertEquals(0.25, r.dLoss(), EPS);
        assertEquals(0.125, r.gLoss(), EPS);
    }

    @Test
    void criticsAndHingeHaveOnlyADLossLine() {
        for (String loss : new String[] {"wgan", "wgan-gp"}) {
            Equilibrium r = Equilibrium.of(loss, 0);
            assertEquals(0, r.dLoss(), EPS, loss);
            assertTrue(Double.isNaN(r.gLoss()) && Double.isNaN(r.output()), loss + ": a critic's scores have no fixed level");
        }
        Equilibrium hinge = Equilibrium.of("hinge", 0);
        assertEquals(2, hinge.dLoss(), EPS);
        assertTrue(Double.isNaN(hinge.gLoss()) && Double.isNaN(hinge.output()));
    }

    @Test
    void everyKnownLossHasLinesAndAnUnknownOneNone() {
        for (String loss : GanLoss.NAMES) {
            assertTrue(Double.isFinite(Equilibrium.of(loss, 0).dLoss()), loss);
        }
        assertEquals(Equilibrium.NONE, Equilibrium.of("nonsense", 0));
    }
}
