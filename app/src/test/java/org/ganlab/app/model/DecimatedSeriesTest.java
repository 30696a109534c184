package org.ganlab.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DecimatedSeriesTest {

    @Test
    void keepsEveryPointWhileThereIsRoom() {
        DecimatedSeries s = new DecimatedSeries(10);
        for (int i = 1; i <= 8; i++) {
            s.add(i, i * 10);
        }
        assertEquals(8, s.size());
        assertEquals(1, s.bucketSize());
        assertEquals(80, s.y(7));
    }

    @Test
    void neverHoldsMoreThanItsCapacityAfter100kPoints() {
        DecimatedSeries s = new DecimatedSeries(1200);
        for (int i = 1; i <= 100_000; i++) {
            s.add(i, Math.sin(i / 1000.0));
        }
        assertTrue(s.size() <= 1200, "size " + s.size());
        assertTrue(s.size() > 600, "size " + s.size());
        for (int i = 1; i < s.size(); i++) {
            assertTrue(s.x(i) > s.x(i - 1), "x grows");
        }
        assertEquals(100_000, s.x(s.size() - 1), 0.0, "last point is the newest iteration");
    }

    @Test
    void mergedBucketsAverageTheirPoints() {
        DecimatedSeries s = new DecimatedSeries(4);
        for (int i = 1; i <= 8; i++) {
            s.add(i, i);
        }
        // full at 4 points: pairs merge (buckets of 2); full again at 8: buckets of 4
        assertEquals(2, s.size());
        assertEquals(4, s.bucketSize());
        assertEquals(2.5, s.y(0));
        assertEquals(6.5, s.y(1));
        assertEquals(8, s.x(1));
        s.add(9, 9);
        assertEquals(3, s.size(), "a partly filled bucket is drawn too");
        assertEquals(9, s.y(2));
    }

    @Test
    void skipsNonFiniteValues() {
        DecimatedSeries s = new DecimatedSeries(4);
        s.add(1, Double.NaN);
        s.add(2, 1);
        assertEquals(1, s.size());
    }
}
