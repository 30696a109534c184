package org.ganlab.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
    void aTrainedClassifierIsSavedInTheUserCache() throws IOException {
        // a fresh cache folder per test (the extension below) and a small data set of its own, so
        // this sees the store write the file, not a file an earlier run left in target/
        var assets = DatasetCatalog.defaultAssetsDir();
        ImageDataset train = DatasetCatalog.load("mnist", assets).firstN(300);
        ImageDataset test = DatasetCatalog.loadTest("mnist", assets).firstN(100);
        Path dir = cache.root().resolve("classifiers");
        assertTrue(!Files.exists(dir) || isEmpty(dir), "the test starts from an empty cache");

        DomainClassifier trained = ClassifierStore.forDataset("tiny-mnist", train, test);

        Path file;
        try (var files = Files.list(dir)) {
            file = files.filter(f -> f.getFileName().toString().startsWith("tiny-mnist-v")).findFirst().orElseThrow();
        }
        assertArrayEquals(trained.parameters(), ClassifierStore.read(file).parameters(), "the file holds that classifier");
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }

    @org.junit.jupiter.api.extension.RegisterExtension
    final org.ganlab.engine.data.TemporaryUserCache cache = new org.ganlab.engine.data.TemporaryUserCache();
}
