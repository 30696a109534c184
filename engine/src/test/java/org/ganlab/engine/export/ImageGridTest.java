package org.ganlab.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ImageGridTest {

    @Test
    void toUint8InvertsTheDataSetScaling() {
        for (int b = 0; b < 256; b++) {
            assertEquals(b, ImageGrid.toUint8(b / 127.5f - 1f));
        }
        assertEquals(0, ImageGrid.toUint8(-3f));
        assertEquals(255, ImageGrid.toUint8(7f));
        assertEquals(0, ImageGrid.toUint8(Float.NaN));
        assertEquals(128, ImageGrid.toUint8(0f)); // 127.5 rounds half up
    }

    @Test
    void grayGridPlacesTilesWithPaddingBetween() {
        // 3 tiles of 2x2, 2 columns, padding 1: 2 rows -> 5x5 pixels
        float[] samples = new float[3 * 4];
        java.util.Arrays.fill(samples, 0, 4, -1f);   // tile 0 black
        java.util.Arrays.fill(samples, 4, 8, 1f);    // tile 1 white
        java.util.Arrays.fill(samples, 8, 12, 5f);   // tile 2 clamped to white

        BufferedImage grid = ImageGrid.of(samples, 3, 1, 2, 2, 2, 1);

        assertEquals(BufferedImage.TYPE_BYTE_GRAY, grid.getType());
        assertEquals(5, grid.getWidth());
        assertEquals(5, grid.getHeight());
        assertEquals(0, gray(grid, 1, 1));
        assertEquals(ImageGrid.PADDING_GRAY, gray(grid, 2, 0));
        assertEquals(255, gray(grid, 3, 0));
        assertEquals(255, gray(grid, 0, 4));
        assertEquals(ImageGrid.PADDING_GRAY, gray(grid, 4, 4)); // the empty fourth cell
    }

    @Test
    void rgbGridReadsChannelPlanes() {
        // one 1x2 image: red plane (1, -1), green (-1, 1), blue (-1, -1)
        float[] samples = {1, -1, -1, 1, -1, -1};

        BufferedImage grid = ImageGrid.of(samples, 1, 3, 1, 2, 8, 2);

        assertEquals(BufferedImage.TYPE_INT_RGB, grid.getType());
        assertEquals(2, grid.getWidth());
        assertEquals(0xFF0000, grid.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0x00FF00, grid.getRGB(1, 0) & 0xFFFFFF);
    }

    @Test
    void scaleUpRepeatsPixelsAndKeepsTheType() {
        BufferedImage small = ImageGrid.of(new float[] {-1, 1, 1, -1}, 1, 1, 2, 2, 1, 0);

        BufferedImage big = ImageGrid.scaleUp(small, 3);

        assertEquals(BufferedImage.TYPE_BYTE_GRAY, big.getType());
        assertEquals(6, big.getWidth());
        assertEquals(0, gray(big, 2, 2));
        assertEquals(255, gray(big, 3, 0));
        assertEquals(255, gray(big, 0, 5));
        assertEquals(0, gray(big, 5, 5));
    }

    @Test
    void rejectsTooFewSamplesAndOddChannelCounts() {
        assertEquals("1 samples of 1x2x2 need 4 values; got 3", assertThrows(IllegalArgumentException.class,
                () -> ImageGrid.of(new float[3], 1, 1, 2, 2, 1, 0)).getMessage());
        assertEquals("channels must be 1 or 3, not 2", assertThrows(IllegalArgumentException.class,
                () -> ImageGrid.of(new float[8], 1, 2, 2, 2, 1, 0)).getMessage());
    }

    static int gray(BufferedImage image, int x, int y) {
        return image.getRaster().getSample(x, y, 0);
    }
}
