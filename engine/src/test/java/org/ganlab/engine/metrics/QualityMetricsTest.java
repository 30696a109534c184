package org.ganlab.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.SplittableRandom;
import org.ganlab.engine.data.DatasetCatalog;
import org.ganlab.engine.data.ImageDataset;
import org.ganlab.engine.train.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The figures on things whose quality is known: real images, noise, a collapsed generator. */
class QualityMetricsTest {

    private static QualityMetrics metrics;
    private static ImageDataset train;

    @BeforeAll
    static void setUp() throws IOException {
        metrics = SharedMetrics.mnist();
        train = DatasetCatalog.load("mnist", DatasetCatalog.defaultAssetsDir());
    }

    @Test
    void realTrainingImagesScoreNearZeroDistanceAndFullCoverage() {
        QualityReport real = metrics.evaluate(train.firstN(QualityMetrics.DEFAULT_SAMPLES));
        QualityReport noise = metrics.evaluate(noise(QualityMetrics.DEFAULT_SAMPLES, 1));

        assertEquals(10, real.covered(), real.line());
        assertFalse(real.collapsed(), real.line());
        assertTrue(real.score() > 8.5, real.line());
        assertTrue(real.fid() < 0.02 * noise.fid(), real.line() + " vs noise " + noise.line());
    }

    @Test
    void pureNoiseScoresFarWorse() {
        QualityReport noise = metrics.evaluate(noise(QualityMetrics.DEFAULT_SAMPLES, 2));
        QualityReport real = metrics.evaluate(train.firstN(1000));

        assertTrue(noise.fid() > 20 * real.fid(), noise.line());
        assertTrue(noise.score() < 3, noise.line());
    }

    @Test
    void aGeneratorThatOnlyEverDrawsOneClassIsFlaggedAsCollapsed() {
        ImageDataset threes = train.onlyLabel(3);
        QualityMetrics.Generator onlyThrees = (latent, labels, count) -> {
            float[] values = new float[count * 784];
            for (int i = 0; i < count; i++) {
                // a different real 3 for each draw: varied, but always the same class
                threes.copyScaled(Math.floorMod(Float.floatToIntBits(latent[i * 100]), threes.count()), values, i * 784);
            }
            return new Samples(count, 1, 28, 28, values);
        };

        QualityReport report = metrics.evaluate(onlyThrees, 100, 0, 500, 7L);

        assertTrue(report.collapsed(), report.line());
        assertTrue(report.covered() <= 2, report.line());
        assertTrue(report.classShares()[3] > 0.9, report.line());
        assertTrue(report.line().startsWith("fid="), report.line());
    }

    @Test
    void aConditionalGeneratorIsAskedForEveryClassEquallyOften() {
        int[] asked = new int[10];
        QualityMetrics.Generator recording = (latent, labels, count) -> {
            for (int label : labels) {
                asked[label]++;
            }
            float[] values = new float[count * 784];
            for (int i = 0; i < count; i++) {
                train.copyScaled(i, values, i * 784);
            }
            return new Samples(count, 1, 28, 28, values);
        };

        metrics.evaluate(recording, 100, 10, QualityMetrics.DEFAULT_SAMPLES, 7L);

        // 2,000 in chunks of 64: restarting the class cycle per chunk gave classes 0-3 ~7% more
        for (int k = 0; k < 10; k++) {
            assertEquals(QualityMetrics.DEFAULT_SAMPLES / 10, asked[k], "class " + k);
        }
    }

    @Test
    void samplesOfAnotherShapeAreRefused() {
        Samples colour = new Samples(2, 3, 28, 28, new float[2 * 3 * 784]);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> metrics.evaluate(colour));

        assertTrue(e.getMessage().contains("3x28x28"), e.getMessage());
    }

    @Test
    void theLineStartsWithTheThreeFiguresInOrder() {
        String line = metrics.evaluate(train.firstN(200)).line();

        assertTrue(line.matches("fid=[0-9.]+ coverage=\\d+/10 score=[0-9.]+ .*"), line);
    }

    private static Samples noise(int count, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] values = new float[count * 784];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (rng.nextDouble() * 2 - 1);
        }
        return new Samples(count, 1, 28, 28, values);
    }
}
