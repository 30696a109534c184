package org.ganlab.engine.train;

import static org.ganlab.engine.train.ImageFigures.correlation;
import static org.ganlab.engine.train.ImageFigures.meanImage;
import static org.ganlab.engine.train.ImageFigures.meanOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.ganlab.engine.Backend;
import org.ganlab.engine.data.DatasetCatalog;
import org.ganlab.engine.data.ImageDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The training step on real MNIST, driven synchronously. */
class GanTrainerTest {

    private static ImageDataset mnist;

    @BeforeAll
    static void load() throws IOException {
        Backend.initialize();
        mnist = DatasetCatalog.load("mnist", DatasetCatalog.defaultAssetsDir());
    }

    private static TrainingConfig small() {
        return TrainingConfig.defaults().withBatchSize(32).withSubset(0);
    }

    @Test
    void sameSeedGivesIdenticalLossesForTheFirstHundredIterations() throws Exception {
        ImageDataset data = mnist.firstN(640);
        double[] first = losses(new GanTrainer(small(), data), 100);
        double[] second = losses(new GanTrainer(small(), data), 100);
        assertArrayEquals(first, second, "losses must repeat bit for bit");
        double[] otherSeed = losses(new GanTrainer(small().withSeed(7), data), 100);
        assertTrue(first[0] != otherSeed[0], "another seed gives another run");
    }

    @Test
    void dcganIsDeterministicToo() throws Exception {
        ImageDataset data = mnist.firstN(64);
        TrainingConfig config = small().withModel("dcgan").withBatchSize(16);
        assertArrayEquals(losses(new GanTrainer(config, data), 12), losses(new GanTrainer(config, data), 12));
    }

    private static double[] losses(GanTrainer trainer, int iterations) throws NonFiniteLossException {
        double[] values = new double[2 * iterations];
        for (int i = 0; i < iterations; i++) {
            TrainingEvent.StepCompleted s = trainer.step();
            values[2 * i] = s.dLoss();
            values[2 * i + 1] = s.gLoss();
        }
        return values;
    }

    @Test
    void generatorLearnsWhatOneDigitLooksLike() throws Exception {
        ImageDataset zeros = mnist.onlyLabel(0);
        float[] realMean = meanImage(zeros);
        GanTrainer trainer = new GanTrainer(TrainingConfig.defaults().withBatchSize(64), zeros);
        double before = correlation(meanOf(trainer.sampleGrid()), realMean);
        double dFake = 0;
        double after = 0;
        // One grid's correlation swings by ±0.2 between iterations (PyTorch's does too), so
        // average five grids taken between iterations 200 and 400.
        for (int i = 1; i <= 400; i++) {
            dFake = trainer.step().dFake();
            if (i >= 200 && i % 50 == 0) {
                after += correlation(meanOf(trainer.sampleGrid()), realMean) / 5;
            }
        }
        assertTrue(before < 0.3, "an untrained generator should not already draw zeros: " + before);
        assertTrue(after > 0.55, "G's mean image should look like the real mean zero: " + after);
        assertTrue(dFake > 0.02 && dFake < 0.98, "D(G(z)) should sit between the extremes: " + dFake);
    }

    @Test
    void restoredTrainerContinuesExactly() throws Exception {
        ImageDataset data = mnist.firstN(320);
        GanTrainer straight = new GanTrainer(small(), data);
        losses(straight, 15);
        TrainerState saved = straight.state();
        double[] expected = losses(straight, 15);

        GanTrainer restored = new GanTrainer(small(), data);
        restored.restore(saved);
        assertEquals(15, restored.iteration());
        assertArrayEquals(expected, losses(restored, 15));
    }

    @Test
    void liveLearningRateChangeTakesEffect() throws Exception {
        ImageDataset data = mnist.firstN(320);
        GanTrainer a = new GanTrainer(small(), data);
        GanTrainer b = new GanTrainer(small(), data);
        losses(a, 3);
        losses(b, 3);
        b.apply(b.config().withLearningRateD(1e-2));
        assertEquals(a.step().dLoss(), b.step().dLoss(), "the step that applies it starts from the same weights");
        assertTrue(a.step().dLoss() != b.step().dLoss(), "the next step sees D's bigger update");
    }

    @Test
    void lastPartialBatchIsTrainedOn() throws Exception {
        GanTrainer trainer = new GanTrainer(small(), mnist.firstN(70));
        assertEquals(3, trainer.batchesPerEpoch());
        losses(trainer, 3);
        assertTrue(trainer.atEpochEnd());
        assertEquals(1, trainer.epochsDone());
    }

    @Test
    void withThreeDStepsGTrainsAfterTheThirdDStepOfEachCycle() throws Exception {
        GanTrainer trainer = new GanTrainer(small().withDStepsPerGStep(3), mnist.firstN(320));
        float[] initialG = trainer.model().generator().params().dup().toFloatVector();

        assertTrue(Double.isNaN(trainer.step().gLoss()), "no G step after the first D step");
        assertTrue(Double.isNaN(trainer.step().gLoss()), "nor after the second");
        assertArrayEquals(initialG, trainer.model().generator().params().dup().toFloatVector(), "G unchanged so far");
        assertTrue(Double.isFinite(trainer.step().gLoss()), "G steps after the third");
        assertTrue(!java.util.Arrays.equals(initialG, trainer.model().generator().params().dup().toFloatVector()));
    }

    @Test
    void onlyDsOwnStepMovesItsRunningStatistics() throws Exception {
        // Learning rates ~0 (far below a weight's float resolution): both trainers' D steps see the same real and fake batches, so D's
        // running statistics must agree whether or not G also stepped (through D) this iteration.
        TrainingConfig frozen = small().withModel("dcgan").withBatchSize(16).withLearningRateG(1e-30).withLearningRateD(1e-30);
        ImageDataset data = mnist.firstN(64);
        GanTrainer withG = new GanTrainer(frozen, data);
        GanTrainer withoutG = new GanTrainer(frozen.withDStepsPerGStep(2), data);

        assertTrue(Double.isFinite(withG.step().gLoss()));
        assertTrue(Double.isNaN(withoutG.step().gLoss()));

        assertArrayEquals(withoutG.model().discriminator().state().dup().toFloatVector(),
                withG.model().discriminator().state().dup().toFloatVector());
    }

    @Test
    void conditionalCriticsTrainWithTheGradientPenalty() throws Exception {
        for (String model : new String[] {"cgan", "cdcgan"}) {
            GanTrainer trainer = new GanTrainer(small().withModel(model).withLoss("wgan-gp").withBatchSize(8), mnist.firstN(32));
            for (int i = 0; i < 3; i++) {
                TrainingEvent.StepCompleted s = trainer.step();
                assertTrue(Double.isFinite(s.dLoss()) && Double.isFinite(s.gLoss()), model + ": " + s);
            }
        }
    }

    @Test
    void batchNormModelsSkipALastBatchOfOneExample() throws Exception {
        ImageDataset data = mnist.firstN(65);
        assertEquals(3, new GanTrainer(small(), data).batchesPerEpoch(), "the MLP (no BatchNorm) keeps 32 + 32 + 1");
        GanTrainer dcgan = new GanTrainer(small().withModel("dcgan"), data);
        assertEquals(2, dcgan.batchesPerEpoch(), "dcgan drops the single example");
        losses(dcgan, 2);
        assertTrue(dcgan.atEpochEnd());
        assertEquals(2, new GanTrainer(small().withModel("dcgan"), mnist.firstN(66)).batchesPerEpoch() - 1,
                "a last batch of two is kept");
    }
}
