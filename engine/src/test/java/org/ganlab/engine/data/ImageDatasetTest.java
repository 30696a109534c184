package org.ganlab.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ImageDatasetTest {

    /** 4 RGB images of 1x2: image i has pixel values 10i .. 10i+5; labels 0,1,0,2. */
    static ImageDataset tiny() {
        byte[] pixels = new byte[4 * 3 * 1 * 2];
        for (int image = 0; image < 4; image++) {
            for (int k = 0; k < 6; k++) {
                pixels[image * 6 + k] = (byte) (10 * image + k);
            }
        }
        return new ImageDataset("tiny", 4, 3, 1, 2, pixels, new byte[] {0, 1, 0, 2}, 3);
    }

    @Test
    void scalesZeroAndFullToExactlyMinusOneAndOne() {
        ImageDataset data = new ImageDataset("ends", 1, 1, 1, 3,
                new byte[] {0, (byte) 255, (byte) 128}, null, 0);

        assertEquals(-1f, data.scaledPixel(0, 0));
        assertEquals(1f, data.scaledPixel(0, 1));
        assertEquals(128 / 127.5f - 1f, data.scaledPixel(0, 2));
        assertEquals(255, data.pixel(0, 1));
    }

    @Test
    void copyScaledWritesOneImageAtAnOffset() {
        ImageDataset data = tiny();
        float[] dest = new float[8];

        data.copyScaled(2, dest, 1);

        assertEquals(0f, dest[0]);
        for (int k = 0; k < 6; k++) {
            assertEquals((20 + k) / 127.5f - 1f, dest[1 + k]);
        }
        assertEquals(0f, dest[7]);
        assertEquals("Range [3, 3 + 6) out of bounds for length 8",
                assertThrows(IndexOutOfBoundsException.class, () -> data.copyScaled(0, dest, 3)).getMessage());
    }

    @Test
    void constructorChecksShapesAndLabels() {
        byte[] six = new byte[6];
        assertEquals("x: 2 images of 1x1x2 need 4 pixel bytes, not 6", assertThrows(IllegalArgumentException.class,
                () -> new ImageDataset("x", 2, 1, 1, 2, six, null, 0)).getMessage());
        assertEquals("x: 3 images but 2 labels", assertThrows(IllegalArgumentException.class,
                () -> new ImageDataset("x", 3, 1, 1, 2, six, new byte[2], 1)).getMessage());
        assertEquals("x: label 2 of image 2 is not below classCount 2", assertThrows(IllegalArgumentException.class,
                () -> new ImageDataset("x", 3, 1, 1, 2, six, new byte[] {0, 1, 2}, 2)).getMessage());
        assertEquals("x: classCount must be 0 without labels", assertThrows(IllegalArgumentException.class,
                () -> new ImageDataset("x", 3, 1, 1, 2, six, null, 10)).getMessage());
    }

    @Test
    void constructorCopiesSoCallersCannotChangeIt() {
        byte[] pixels = {1, 2};
        ImageDataset data = new ImageDataset("x", 1, 1, 1, 2, pixels, null, 0);
        pixels[0] = 99;
        data.pixels()[1] = 99;

        assertEquals(1, data.pixel(0, 0));
        assertEquals(2, data.pixel(0, 1));
    }

    @Test
    void firstNKeepsTheFirstImagesAndClassCount() {
        ImageDataset first = tiny().firstN(2);

        assertEquals(2, first.count());
        assertEquals(3, first.classCount());
        assertEquals(15, first.pixel(1, 5));
        assertEquals(1, first.label(1));
        ImageDataset all = tiny();
        assertSame(all, all.firstN(10));
    }

    @Test
    void onlyLabelKeepsMatchingImagesInOrder() {
        ImageDataset zeros = tiny().onlyLabel(0);

        assertEquals(2, zeros.count());
        assertEquals(0, zeros.pixel(0, 0));
        assertEquals(20, zeros.pixel(1, 0));
        assertArrayEquals(new byte[] {0, 0}, zeros.labels());
        assertEquals(3, zeros.classCount());
        assertEquals(tiny().name() + " has no images with label 7",
                assertThrows(IllegalArgumentException.class, () -> tiny().onlyLabel(7)).getMessage());
    }

    @Test
    void unlabelledDataSet() {
        ImageDataset data = new ImageDataset("u", 1, 1, 1, 1, new byte[1], null, 0);

        assertFalse(data.isLabeled());
        assertNull(data.labels());
        assertEquals("u has no labels", assertThrows(IllegalStateException.class, () -> data.label(0)).getMessage());
        assertEquals("u has no labels", assertThrows(IllegalStateException.class, () -> data.onlyLabel(0)).getMessage());
        assertTrue(data.toString().contains("unlabelled"));
    }
}
