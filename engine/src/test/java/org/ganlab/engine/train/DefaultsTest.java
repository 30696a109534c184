package org.ganlab.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The papers' and the models' defaults fill the fields a user left alone: user > model > loss > global. */
class DefaultsTest {

    private static final TrainingConfig GLOBAL = TrainingConfig.defaults();

    @Test
    void wganTakesRmsPropAtFiveEMinusFiveFiveCriticStepsAndClipZeroPointZeroOne() {
        TrainingConfig c = Defaults.apply(GLOBAL.withLoss("wgan"), Set.of()).config();

        assertEquals(5e-5, c.learningRateG());
        assertEquals(5e-5, c.learningRateD());
        assertEquals(5, c.dStepsPerGStep());
        assertEquals(0.01, c.weightClip());
        assertEquals("rmsprop", org.ganlab.engine.loss.GanLoss.named(c.loss()).optimizer());
    }

    @Test
    void wganGpTakesAdamOneEMinusFourBetasZeroAndZeroPointNineAndFiveCriticSteps() {
        TrainingConfig c = Defaults.apply(GLOBAL.withLoss("wgan-gp"), Set.of()).config();

        assertEquals(List.of(1e-4, 1e-4, 0.0, 0.9, 0.0, 0.9),
                List.of(c.learningRateG(), c.learningRateD(), c.beta1G(), c.beta2G(), c.beta1D(), c.beta2D()));
        assertEquals(5, c.dStepsPerGStep());
        assertEquals(10, org.ganlab.engine.loss.GanLoss.named(c.loss()).gradientPenalty());
    }

    @Test
    void aFieldTheUserSetKeepsItsValueAndIsNotReportedAsApplied() {
        TrainingConfig typed = GLOBAL.withLoss("wgan").withLearningRateG(3e-4).withDStepsPerGStep(1);
        Defaults.Result r = Defaults.apply(typed, Set.of("learningRateG", "dStepsPerGStep"));

        assertEquals(3e-4, r.config().learningRateG());
        assertEquals(1, r.config().dStepsPerGStep());
        assertEquals(5e-5, r.config().learningRateD());
        assertEquals(List.of("learningRateD", "weightClip"), r.applied().stream().map(Defaults.Applied::field).toList());
    }

    @Test
    void theOtherLossesChangeNothing() {
        for (String loss : List.of("bce", "minimax", "lsgan", "hinge")) {
            Defaults.Result r = Defaults.apply(GLOBAL.withLoss(loss), Set.of());
            assertEquals(GLOBAL.withLoss(loss), r.config(), loss);
            assertTrue(r.applied().isEmpty(), loss + ": " + r.applied());
        }
    }

    @Test
    void mlp2dTakesTheTwoDimensionalLabsSettings() {
        TrainingConfig c = Defaults.apply(GLOBAL.withModel("mlp2d"), Set.of()).config();

        assertEquals("ring8", c.dataset());
        assertEquals(256, c.batchSize());
        assertEquals(4, c.latentSize());
        assertEquals(128, c.hiddenUnits());
        assertEquals(1e-3, c.learningRateG());
        assertEquals(3000, c.iterations());
        assertEquals(100, c.snapshotEvery());
    }

    @Test
    void theModelWinsOverTheLossWhereBothSetAField() {
        Defaults.Result r = Defaults.apply(GLOBAL.withModel("mlp2d").withLoss("wgan"), Set.of());

        // the 2-D critic's tuned lr and clip (RingCoverageTest), the loss's 5 critic steps
        assertEquals(1e-3, r.config().learningRateD());
        assertEquals(0.1, r.config().weightClip());
        assertEquals(5, r.config().dStepsPerGStep());
        assertEquals(List.of("dStepsPerGStep"), r.from("loss wgan").stream().map(Defaults.Applied::field).toList());
    }

    @Test
    void theDcganModelsStartFromTheDcganPapersInitTheMlpsFromPytorchs() {
        for (String model : List.of("dcgan", "cdcgan", "acgan", "dcgan32", "dcgan64")) {
            assertEquals("dcgan", Defaults.apply(GLOBAL.withModel(model), Set.of()).config().init(), model);
        }
        assertEquals("pytorch", Defaults.apply(GLOBAL.withModel("mlp"), Set.of()).config().init());
        assertEquals("pytorch", Defaults.apply(GLOBAL.withModel("dcgan").withInit("pytorch"), Set.of("init")).config().init(),
                "typed, so kept");
    }

    @Test
    void aDatasetTheUserChoseStaysEvenWhenTheModelNamesAnother() {
        TrainingConfig c = Defaults.apply(GLOBAL.withModel("mlp2d").withDataset("moons"), Set.of("dataset")).config();

        assertEquals("moons", c.dataset());
    }
}
