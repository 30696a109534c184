package org.ganlab.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

class BatchIteratorTest {

    /** {@code count} 1x1x2 images; image i holds pixels (i, i), label i % 3. */
    static ImageDataset numbered(int count) {
        byte[] pixels = new byte[count * 2];
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            pixels[2 * i] = (byte) i;
            pixels[2 * i + 1] = (byte) i;
            labels[i] = (byte) (i % 3);
        }
        return new ImageDataset("numbered", count, 1, 1, 2, pixels, labels, 3);
    }

    @Test
    void lastPartialBatchIsIncluded() {
        BatchIterator batches = new BatchIterator(numbered(10), 4, 1L);
        float[] pixels = new float[8];

        assertEquals(3, batches.batchesPerEpoch());
        assertEquals(4, batches.fill(0, 0, pixels, null));
        assertEquals(4, batches.fill(0, 1, pixels, null));
        assertEquals(2, batches.fill(0, 2, pixels, null));
        assertEquals("Index 3 out of bounds for length 3",
                assertThrows(IndexOutOfBoundsException.class, () -> batches.fill(0, 3, pixels, null)).getMessage());
    }

    @Test
    void everyImageAppearsExactlyOncePerEpoch() {
        ImageDataset data = numbered(10);
        BatchIterator batches = new BatchIterator(data, 4, 42L);
        for (int epoch = 0; epoch < 3; epoch++) {
            BitSet seen = new BitSet();
            for (int b = 0; b < batches.batchesPerEpoch(); b++) {
                float[] pixels = new float[8];
                int[] labels = new int[4];
                int size = batches.fill(epoch, b, pixels, labels);
                for (int i = 0; i < size; i++) {
                    int image = Math.round((pixels[2 * i] + 1f) * 127.5f);
                    assertEquals(pixels[2 * i], pixels[2 * i + 1]);
                    assertEquals(image % 3, labels[i]);
                    assertFalse(seen.get(image), "image " + image + " served twice");
                    seen.set(image);
                }
            }
            assertEquals(10, seen.cardinality());
        }
    }

    @Test
    void orderDependsOnlyOnSeedAndEpoch() {
        ImageDataset data = numbered(1000);
        BatchIterator one = new BatchIterator(data, 32, 7L);
        BatchIterator other = new BatchIterator(data, 100, 7L);

        int[] epoch5 = one.order(5);
        one.order(0); // a different epoch in between must not change anything
        assertArrayEquals(epoch5, one.order(5));
        assertArrayEquals(epoch5, other.order(5));
        assertFalse(Arrays.equals(epoch5, one.order(6)));
        assertFalse(Arrays.equals(epoch5, new BatchIterator(data, 32, 8L).order(5)));
        int[] sorted = epoch5.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            assertEquals(i, sorted[i]);
        }
    }

    @Test
    void fillFollowsTheOrder() {
        ImageDataset data = numbered(10);
        BatchIterator batches = new BatchIterator(data, 4, 3L);
        int[] order = batches.order(2);
        float[] pixels = new float[8];
        int[] labels = new int[4];

        int size = batches.fill(2, 2, pixels, labels);

        assertEquals(2, size);
        assertEquals(data.scaledPixel(order[8], 0), pixels[0]);
        assertEquals(data.scaledPixel(order[9], 1), pixels[3]);
        assertEquals(data.label(order[9]), labels[1]);
    }

    @Test
    void rejectsBadArguments() {
        ImageDataset unlabelled = new ImageDataset("u", 2, 1, 1, 1, new byte[2], null, 0);
        BatchIterator batches = new BatchIterator(unlabelled, 2, 0L);

        assertEquals("batchSize must be at least 1, not 0",
                assertThrows(IllegalArgumentException.class, () -> new BatchIterator(unlabelled, 0, 0L)).getMessage());
        assertEquals("pixelsOut holds 1 values; the batch needs 2",
                assertThrows(IllegalArgumentException.class, () -> batches.fill(0, 0, new float[1], null)).getMessage());
        assertEquals("u has no labels to fill labelsOut",
                assertThrows(IllegalStateException.class, () -> batches.fill(0, 0, new float[2], new int[2])).getMessage());
        assertEquals("epoch must be ≥ 0, not -1",
                assertThrows(IllegalArgumentException.class, () -> batches.order(-1)).getMessage());
    }
}
