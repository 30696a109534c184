package org.ganlab.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MovingAverageTest {

    private final MovingAverage avg = new MovingAverage();

    @Test
    void startsAtTheFirstValueAndMovesByItsWeight() {
        assertTrue(Double.isNaN(avg.add(Double.NaN)), "nothing to average yet");
        assertEquals(2.0, avg.add(2.0));
        assertEquals(2.0 + 0.05 * (4.0 - 2.0), avg.add(4.0), 1e-12);
    }

    @Test
    void skipsValuesThatAreNoNumberAndStartsOverWhenCleared() {
        avg.add(1.0);
        assertEquals(1.0, avg.add(Double.POSITIVE_INFINITY));
        assertEquals(1.0, avg.add(Double.NaN));
        avg.clear();
        assertEquals(5.0, avg.add(5.0));
    }
}
