package org.ganlab.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import org.ganlab.engine.Backend;
import org.ganlab.engine.data.DatasetCatalog;
import org.ganlab.engine.data.ImageDataset;
import org.ganlab.engine.model.Conditioning;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Class-conditional models: they draw the class they are asked for. */
class ConditionalGanTest {

    private static ImageDataset mnist;

    @BeforeAll
    static void load() throws IOException {
        Backend.initialize();
        mnist = DatasetCatalog.load("mnist", DatasetCatalog.defaultAssetsDir()).firstN(12_800);
    }

    @Test
    void conditionalGanDrawsTheRequestedDigit() throws Exception {
        GanTrainer trainer = new GanTrainer(TrainingConfig.defaults().withModel("cgan").withBatchSize(64), mnist);
        for (int i = 0; i < 1500; i++) {
            trainer.step();
        }
        NearestClassMean classifier = new NearestClassMean(mnist);
        int perClass = 20;
        int correct = 0;
        for (int k = 0; k < 10; k++) {
            int[] labels = new int[perClass];
            Arrays.fill(labels, k);
            Samples s = trainer.generate(Noise.gaussian(k, perClass, 100), labels, perClass);
            for (int i = 0; i < perClass; i++) {
                correct += classifier.classify(s.image(i)) == k ? 1 : 0;
            }
        }
        double accuracy = correct / (10.0 * perClass);
        // chance is 10%; nearest class mean itself labels real MNIST about 82% right
        assertTrue(accuracy > 0.5, "generated digits of the requested class: " + accuracy);
    }

    @Test
    void sampleGridHasOneRowPerClassWithTheSameNoiseDownEachColumn() throws Exception {
        GanTrainer trainer = new GanTrainer(TrainingConfig.defaults().withModel("cgan").withBatchSize(32), mnist.firstN(320));
        trainer.step();
        Samples grid = trainer.sampleGrid();
        assertEquals(100, grid.count());
        float[] columnNoise = Noise.gaussian(42, Noise.SAMPLE_GRID_STREAM, 10, 100);
        float[] z3 = Arrays.copyOfRange(columnNoise, 3 * 100, 4 * 100);
        Samples digit7 = trainer.generate(z3, new int[] {7}, 1);
        assertArrayEquals(digit7.image(0), grid.image(7 * 10 + 3), "row 7, column 3 is class 7 drawn from column 3's noise");
        assertFalse(Arrays.equals(grid.image(3), grid.image(7 * 10 + 3)), "the class changes the image");
    }

    @Test
    void acganAndConditionalDcganTrainAndDrawGrids() throws Exception {
        for (String model : new String[] {"acgan", "cdcgan"}) {
            GanTrainer trainer = new GanTrainer(TrainingConfig.defaults().withModel(model).withBatchSize(16), mnist.firstN(64));
            for (int i = 0; i < 3; i++) {
                TrainingEvent.StepCompleted s = trainer.step();
                assertTrue(Double.isFinite(s.dLoss()) && Double.isFinite(s.gLoss()), model + " losses: " + s);
            }
            assertEquals(model.equals("acgan") ? Conditioning.AUXILIARY : Conditioning.INPUT, trainer.model().conditioning());
            assertEquals(model.equals("acgan") ? 11 : 1, trainer.model().discriminator().outputShape()[0]);
            assertEquals(100, trainer.sampleGrid().count());
        }
    }

    @Test
    void conditionalModelsNeedLabelledData() {
        ImageDataset unlabelled = new ImageDataset("x", 4, 1, 28, 28, new byte[4 * 784], null, 0);
        var e = assertThrows(IllegalArgumentException.class,
                () -> new GanTrainer(TrainingConfig.defaults().withModel("cgan"), unlabelled));
        assertTrue(e.getMessage().contains("labelled"), e.getMessage());
    }

    /** Labels an image by the nearest of the ten real class-mean images (Euclidean distance). */
    static final class NearestClassMean {
        private final float[][] means = new float[10][];

        NearestClassMean(ImageDataset data) {
            for (int k = 0; k < 10; k++) {
                ImageDataset one = data.onlyLabel(k);
                float[] mean = new float[one.pixelsPerImage()];
                float[] image = new float[one.pixelsPerImage()];
                for (int i = 0; i < one.count(); i++) {
                    one.copyScaled(i, image, 0);
                    for (int p = 0; p < mean.length; p++) {
                        mean[p] += image[p] / one.count();
                    }
                }
                means[k] = mean;
            }
        }

        int classify(float[] image) {
            int best = 0;
            double bestDistance = Double.MAX_VALUE;
            for (int k = 0; k < 10; k++) {
                double d = 0;
                for (int p = 0; p < image.length; p++) {
                    double diff = image[p] - means[k][p];
                    d += diff * diff;
                }
                if (d < bestDistance) {
                    bestDistance = d;
                    best = k;
                }
            }
            return best;
        }
    }
}
