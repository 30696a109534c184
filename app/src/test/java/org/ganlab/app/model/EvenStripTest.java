package org.ganlab.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvenStripTest {

    @Test
    void growingOneFrameAtATimeShowsWhatAFreshStripOfThatLengthShows() {
        EvenStrip growing = new EvenStrip(20);
        for (int n = 1; n <= 2000; n++) {
            growing.grow(n);
            EvenStrip fresh = new EvenStrip(20);
            fresh.grow(n);
            assertEquals(fresh.positions(), growing.positions(), "after " + n + " frames");
            List<Integer> p = growing.positions();
            assertTrue(p.size() <= 20, n + " frames: " + p.size() + " shown");
            assertEquals(0, p.get(0));
            assertEquals(n - 1, p.get(p.size() - 1), "the newest frame is shown");
        }
    }

    @Test
    void onlyTheEndChangesUntilTheStrideDoubles() {
        EvenStrip strip = new EvenStrip(5);
        assertTrue(strip.grow(3), "the first frames fill the strip");
        assertEquals(List.of(0, 1, 2), strip.positions());
        assertFalse(strip.grow(4));
        assertEquals(List.of(0, 1, 2, 3), strip.positions());
        assertTrue(strip.grow(5), "five frames and the newest would overflow: every second frame");
        assertEquals(List.of(0, 2, 4), strip.positions());
        assertFalse(strip.grow(6));
        assertEquals(List.of(0, 2, 4, 5), strip.positions());
        assertEquals(2, strip.indexOf(5 - 1), "frame 4 is entry 2");
        assertEquals(1, strip.indexOf(3), "frame 3 is not shown: the entry before it");
    }
}
