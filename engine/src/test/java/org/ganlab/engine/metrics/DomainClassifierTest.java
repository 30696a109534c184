package org.ganlab.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ganlab.engine.data.DatasetCatalog;
import org.ganlab.engine.data.ImageDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MNIST classifier behind the metrics: accurate enough, saved and reloaded exactly. */
class DomainClassifierTest {

    @Test
    void reachesAtLeast98Point5PercentOnTheMnistTestSet() throws IOException {
        ImageDataset test = DatasetCatalog.loadTest("mnist", DatasetCatalog.defaultAssetsDir());

        double accuracy = SharedMetrics.mnistClassifier().accuracy(test);

        assertTrue(accuracy >= 0.985, "test accuracy " + accuracy);
    }

    @Test
    void aSavedClassifierReloadsWithTheSameOutputs(@TempDir Path dir) throws IOException {
        DomainClassifier c = SharedMetrics.mnistClassifier();
        Path file = dir.resolve("c.bin");
        ClassifierStore.write(file, c, 0.99);

        DomainClassifier reloaded = ClassifierStore.read(file);

        ImageDataset test = DatasetCatalog.loadTest("mnist", DatasetCatalog.defaultAssetsDir()).firstN(50);
        float[] pixels = new float[50 * 784];
        for (int i = 0; i < 50; i++) {
            test.copyScaled(i, pixels, i * 784);
        }
        double[][] a = c.outputs(pixels, 50).features();
        double[][] b = reloaded.outputs(pixels, 50).features();
        for (int i = 0; i < 50; i++) {
            for (int j = 0; j < DomainClassifier.FEATURES; j++) {
                assertEquals(a[i][j], b[i][j], 0.0, "feature " + j + " of image " + i);
            }
        }
    }

    @Test
    void theClassifierIsCachedInTheUserCache() throws IOException {
        SharedMetrics.mnistClassifier();

        try (var files = Files.list(SharedMetrics.CACHE.resolve("classifiers"))) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("mnist-v")));
        }
    }
}
