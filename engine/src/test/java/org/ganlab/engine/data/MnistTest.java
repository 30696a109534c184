package org.ganlab.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real MNIST shipped in assets/datasets/mnist, loaded once for the class. */
class MnistTest {

    private static ImageDataset train;

    @BeforeAll
    static void load() throws IOException {
        train = DatasetCatalog.load("mnist", DatasetCatalog.defaultAssetsDir());
    }

    @Test
    void trainSplitHasTheKnownShape() {
        assertEquals("mnist", train.name());
        assertEquals(60000, train.count());
        assertEquals(1, train.channels());
        assertEquals(28, train.height());
        assertEquals(28, train.width());
        assertEquals(10, train.classCount());
    }

    @Test
    void scaledPixelsReachBothEndsExactly() {
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        float[] image = new float[train.pixelsPerImage()];
        for (int i = 0; i < train.count(); i++) {
            train.copyScaled(i, image, 0);
            for (float v : image) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        assertEquals(-1f, min);
        assertEquals(1f, max);
    }

    @Test
    void everyDigitIsWellRepresented() {
        int[] perClass = new int[10];
        for (int i = 0; i < train.count(); i++) {
            perClass[train.label(i)]++;
        }
        for (int digit = 0; digit < 10; digit++) {
            int n = perClass[digit];
            assertTrue(n >= 5400 && n <= 6800, "digit " + digit + " has " + n + " images");
        }
        assertEquals(perClass[3], train.onlyLabel(3).count());
    }

    @Test
    void testSplitLoads() throws IOException {
        ImageDataset test = IdxFolder.loadTest(
                DatasetCatalog.defaultAssetsDir().resolve("datasets/mnist"), "mnist-test");

        assertEquals(10000, test.count());
        assertEquals(10, test.classCount());
    }

    @Test
    void batchesCoverAnEpoch() {
        BatchIterator batches = new BatchIterator(train, 128, 1234L);
        float[] pixels = new float[128 * train.pixelsPerImage()];
        int[] labels = new int[128];
        int served = 0;
        for (int b = 0; b < batches.batchesPerEpoch(); b++) {
            served += batches.fill(0, b, pixels, labels);
        }
        assertEquals(469, batches.batchesPerEpoch());
        assertEquals(60000, served);
    }
}
