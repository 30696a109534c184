package org.ganlab.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.ganlab.engine.Backend;
import org.ganlab.engine.data.ImageDataset;
import org.ganlab.engine.loss.GanLoss;
import org.ganlab.engine.model.ImageShape;
import org.ganlab.engine.model.ModelCatalog;
import org.ganlab.engine.model.ModelSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The wrong labels of a matching-aware D's mismatched pairs. */
class MismatchedPairsTest {

    private static final int CLASSES = 4;

    @BeforeAll
    static void init() {
        Backend.initialize();
    }

    @Test
    void everyWrongLabelIsAnotherClassAndEachOtherClassComesUp() {
        MismatchedPairs pairs = MismatchedPairs.of(model("cgan"));
        int[] labels = new int[400];
        Arrays.setAll(labels, i -> i % CLASSES);
        int[] wrong = pairs.wrongLabels(labels, 42, 7);
        int[][] seen = new int[CLASSES][CLASSES];
        for (int i = 0; i < labels.length; i++) {
            assertNotEquals(labels[i], wrong[i], "example " + i);
            seen[labels[i]][wrong[i]]++;
        }
        for (int k = 0; k < CLASSES; k++) {
            for (int j = 0; j < CLASSES; j++) {
                assertEquals(k == j, seen[k][j] == 0, "class " + k + " paired with " + j + ": " + seen[k][j] + " times");
            }
        }
    }

    @Test
    void theWrongLabelsFollowTheSeedAndTheIteration() {
        MismatchedPairs pairs = MismatchedPairs.of(model("cgan"));
        int[] labels = new int[64];
        Arrays.setAll(labels, i -> i % CLASSES);
        assertArrayEquals(pairs.wrongLabels(labels, 42, 7), MismatchedPairs.of(model("cgan")).wrongLabels(labels, 42, 7),
                "a restored run draws the same pairs");
        assertFalse(Arrays.equals(pairs.wrongLabels(labels, 42, 7), pairs.wrongLabels(labels, 42, 8)), "next iteration");
        assertFalse(Arrays.equals(pairs.wrongLabels(labels, 42, 7), pairs.wrongLabels(labels, 43, 7)), "another seed");
    }

    @Test
    void onlyAModelWhoseDReadsAFlatLabelGetsThem() {
        assertNotNull(MismatchedPairs.of(model("cgan")));
        assertNull(MismatchedPairs.of(model("acgan")), "AC-GAN's D classifies; it reads no label");
        assertNull(MismatchedPairs.of(model("mlp")));
    }

    /** Each loss has a fake side, so each scores the mismatched pairs; none is refused. */
    @Test
    void everyLossTrainsAMatchingAwareD() throws Exception {
        ImageDataset data = bars();
        for (String loss : GanLoss.NAMES) {
            GanTrainer trainer = new GanTrainer(TrainingConfig.defaults().withModel("cgan").withLoss(loss).withBatchSize(16), data);
            for (int i = 0; i < 3; i++) {
                TrainingEvent.StepCompleted s = trainer.step();
                assertTrue(Double.isFinite(s.dLoss()) && Double.isFinite(s.gLoss()), loss + ": " + s);
            }
        }
    }

    /** The wrong labels come from the seed and the iteration, so a restored cgan continues exactly. */
    @Test
    void aRestoredMatchingAwareTrainerContinuesExactly() throws Exception {
        TrainingConfig config = TrainingConfig.defaults().withModel("cgan").withBatchSize(16);
        GanTrainer straight = new GanTrainer(config, bars());
        dLosses(straight, 5);
        TrainerState saved = straight.state();
        double[] expected = dLosses(straight, 5);

        GanTrainer restored = new GanTrainer(config, bars());
        restored.restore(saved);
        assertArrayEquals(expected, dLosses(restored, 5));
    }

    private static double[] dLosses(GanTrainer trainer, int steps) throws NonFiniteLossException {
        double[] losses = new double[steps];
        for (int i = 0; i < steps; i++) {
            losses[i] = trainer.step().dLoss();
        }
        return losses;
    }

    /** 64 labelled 28×28 images: class k is a white bar on rows 4k..4k+3. */
    private static ImageDataset bars() {
        byte[] pixels = new byte[64 * 784];
        byte[] labels = new byte[64];
        for (int i = 0; i < 64; i++) {
            labels[i] = (byte) (i % CLASSES);
            Arrays.fill(pixels, i * 784 + labels[i] * 112, i * 784 + labels[i] * 112 + 112, (byte) 255);
        }
        return new ImageDataset("bars", 64, 1, 28, 28, pixels, labels, CLASSES);
    }

    private static org.ganlab.engine.model.GanModel model(String name) {
        return ModelCatalog.build(new ModelSpec(name, 8, new ImageShape(1, 28, 28), CLASSES, 0, false, 1));
    }
}
