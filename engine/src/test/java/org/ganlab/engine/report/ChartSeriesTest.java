package org.ganlab.engine.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The report's chart series: the app's EMA, and at most a bounded number of points however long the run. */
class ChartSeriesTest {

    @Test
    void smoothingIsTheAppsMovingAverageSkippingGaps() {
        ChartSeries.Points p = ChartSeries.smoothed(new double[] {1, 2, 3, 4}, new double[] {0, 1, Double.NaN, 1}, 10);

        assertArrayEquals(new double[] {1, 2, 4}, p.xs());
        // 0; 0 + 0.05 (1 - 0) = 0.05; 0.05 + 0.05 (1 - 0.05) = 0.0975
        assertArrayEquals(new double[] {0, 0.05, 0.0975}, p.ys(), 1e-12);
    }

    @Test
    void aHundredThousandIterationsAreDrawnWithAtMostTheBoundOfPoints() {
        int n = 100_000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = i + 1;
            ys[i] = Math.sin(i / 500.0);
        }
        ys[31_337] = 9; // one spike

        ChartSeries.Points smooth = ChartSeries.smoothed(xs, ys, ChartSeries.MAX_POINTS);
        ChartSeries.Points raw = ChartSeries.envelope(xs, ys, ChartSeries.MAX_POINTS);

        assertTrue(smooth.size() <= ChartSeries.MAX_POINTS && smooth.size() > ChartSeries.MAX_POINTS / 2, "" + smooth.size());
        assertTrue(raw.size() <= ChartSeries.MAX_POINTS && raw.size() > ChartSeries.MAX_POINTS / 2, "" + raw.size());
        assertEquals(9, Arrays.stream(raw.ys()).max().orElseThrow(), "the envelope keeps the spike");
        assertEquals(n, smooth.xs()[smooth.size() - 1], "the curve reaches the last iteration");
        for (int i = 1; i < raw.size(); i++) {
            assertTrue(raw.xs()[i] > raw.xs()[i - 1], "in iteration order at " + i);
        }
    }

    @Test
    void aShortSeriesIsDrawnAsItIs() {
        double[] xs = {1, 2, 3};
        double[] ys = {0.5, Double.NaN, 0.7};

        ChartSeries.Points raw = ChartSeries.envelope(xs, ys, ChartSeries.MAX_POINTS);

        assertArrayEquals(new double[] {1, 3}, raw.xs());
        assertArrayEquals(new double[] {0.5, 0.7}, raw.ys());
    }
}
