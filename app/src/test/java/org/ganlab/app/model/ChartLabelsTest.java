package org.ganlab.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ganlab.engine.train.Samples;
import org.junit.jupiter.api.Test;

class ChartLabelsTest {

    @Test
    void probabilityLossesKeepAFixedZeroToOneAxis() {
        for (String loss : List.of("bce", "minimax")) {
            ChartLabels l = ChartLabels.forLoss(loss);
            assertTrue(l.probability());
            assertEquals("D loss", l.dLoss());
            assertEquals("mean D(x)", l.real());
        }
    }

    @Test
    void aCriticsScoreIsNotAProbability() {
        for (String loss : List.of("wgan", "wgan-gp")) {
            ChartLabels l = ChartLabels.forLoss(loss);
            assertFalse(l.probability());
            assertEquals("critic loss", l.dLoss());
            assertEquals("critic loss", l.lossAxis());
            assertEquals("critic score D(x) / D(G(z))", l.outputAxis());
            assertEquals("mean critic score D(G(z))", l.fake());
        }
    }

    @Test
    void lsganAndHingeShowScores() {
        for (String loss : List.of("lsgan", "hinge")) {
            ChartLabels l = ChartLabels.forLoss(loss);
            assertFalse(l.probability());
            assertEquals("score D(x) / D(G(z))", l.outputAxis());
            assertEquals("D loss", l.dLoss());
        }
    }

    @Test
    void conditionalGridsHaveOneLabelledRowPerClass() {
        Samples hundred = new Samples(100, 1, 28, 28, new float[100 * 28 * 28]);
        SampleLayout.Rendered r = SampleLayout.of("fashion-mnist", "cdcgan").render(hundred);
        assertEquals(10, r.columns());
        assertEquals(ClassNames.FASHION, r.rowLabels());
        assertEquals(10 * 28 + 11 * GridImage.PADDING, r.image().width());

        SampleLayout.Rendered digits = SampleLayout.of("mnist", "acgan").render(hundred);
        assertEquals(ClassNames.DIGITS, digits.rowLabels());

        SampleLayout.Rendered plain = SampleLayout.of("mnist", "mlp").render(new Samples(64, 1, 28, 28, new float[64 * 28 * 28]));
        assertEquals(8, plain.columns());
        assertEquals(List.of(), plain.rowLabels());
    }

    @Test
    void twoDimensionalRunsAreDrawnAsAScatter() {
        SampleLayout.Rendered r = SampleLayout.of("ring8", "mlp2d").render(new Samples(512, 1, 1, 2, new float[1024]));
        assertEquals(1, r.columns());
        assertEquals(SampleLayout.SCATTER_SIZE, r.image().width());
    }

    @Test
    void modelsAreCheckedAgainstTheirData() {
        assertEquals("", ModelRules.problem("mlp2d", "ring8"));
        assertEquals("", ModelRules.problem("mlp2d", "points:/tmp/p.csv"));
        assertTrue(ModelRules.problem("mlp2d", "mnist").startsWith("mlp2d draws 2-D points"));
        assertTrue(ModelRules.problem("dcgan", "spiral").startsWith("2-D point data trains only"));
        assertEquals("", ModelRules.problem("cgan", "fashion-mnist"));
        assertTrue(ModelRules.problem("acgan", "images:/photos").contains("needs labelled data"));
        assertEquals("", ModelRules.problem("dcgan64", "images:/photos"));
        assertEquals("", ModelRules.problem("dcgan32", "images32:/photos"));
        assertTrue(ModelRules.problem("dcgan32", "images:/photos").contains("32×32"));
        assertEquals("dcgan64", ModelRules.modelFor("images:/photos", "dcgan"));
        assertEquals("mlp", ModelRules.modelFor("images:/photos", "mlp"));
    }
}
