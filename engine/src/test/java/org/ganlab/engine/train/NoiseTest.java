package org.ganlab.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NoiseTest {

    @Test
    void drawsInChunksEqualOneDraw() {
        Noise.Draws draws = Noise.draws(9, 5);
        float[] once = Noise.gaussian(9, 7, 5);

        float[] first = draws.next(3);
        float[] rest = draws.next(4);

        assertArrayEquals(Arrays.copyOf(once, 15), first);
        assertArrayEquals(Arrays.copyOfRange(once, 15, 35), rest);
    }
}
