package org.ganlab.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class GridImageShrinkTest {

    @Test
    void shrinksToFitAveragingThePixelsEachCovers() {
        int[] px = new int[4 * 2];
        // left half black, right half white: each output pixel averages a 2×2 block
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 4; x++) {
                px[y * 4 + x] = x < 2 ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        GridImage small = new GridImage(4, 2, px).shrunkTo(2);

        assertEquals(2, small.width());
        assertEquals(1, small.height());
        assertEquals(0xFF000000, small.argb()[0]);
        assertEquals(0xFFFFFFFF, small.argb()[1]);
    }

    @Test
    void aGridOfSixtyFourDigitsBecomesAThumbnailOfAFewKilobytes() {
        GridImage grid = new GridImage(242, 242, new int[242 * 242]);
        GridImage thumb = grid.shrunkTo(TimelineFrame.THUMBNAIL_SIZE);

        assertEquals(64, thumb.width());
        assertEquals(64, thumb.height());
        assertEquals(64 * 64, thumb.argb().length, "16 KB of pixels instead of 229 KB");
    }

    @Test
    void anImageThatFitsStaysAsItIs() {
        GridImage g = new GridImage(3, 3, new int[9]);
        assertSame(g, g.shrunkTo(64));
    }
}
