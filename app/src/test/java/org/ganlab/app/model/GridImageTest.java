package org.ganlab.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ganlab.app.support.Events;
import org.junit.jupiter.api.Test;

class GridImageTest {

    @Test
    void tilesEightByEightWithPadding() {
        GridImage g = GridImage.of(Events.samples(64, 1f), 8);
        assertEquals(8 * 28 + 9 * GridImage.PADDING, g.width());
        assertEquals(g.width(), g.height());
        assertEquals(0xFFFFFFFF, g.argb()[GridImage.PADDING * g.width() + GridImage.PADDING]);
    }

    @Test
    void mapsMinusOneToBlack() {
        GridImage one = GridImage.single(Events.samples(2, -1f), 1);
        assertEquals(28, one.width());
        assertEquals(0xFF000000, one.argb()[0]);
    }

    @Test
    void roundTripsThroughBufferedImage() {
        GridImage g = GridImage.of(Events.samples(4, 0.2f), 2);
        assertEquals(g.argb()[40], GridImage.of(g.toBufferedImage()).argb()[40]);
    }
}
