package org.ganlab.engine.toy;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How much of a 2-D distribution a generator covers: the modes that hold at least a quarter of
 * their fair share of generated points (within the mode's radius), and the KL divergence
 * KL(real ‖ generated) between the two densities as histograms on a grid. A collapsing
 * generator loses modes and its KL climbs.
 *
 * @param modesCovered modes with enough generated points
 * @param modeCount    modes the distribution has
 * @param kl           KL(real ‖ generated) in nats on a {@value #CELLS}×{@value #CELLS} grid
 */
public record ModeCoverage(int modesCovered, int modeCount, double kl) {

    static final int CELLS = 40;
    static final double EXTENT = 4.5;
    private static final int REAL_POINTS = 20_000;

    /** Measures generated points (x0, y0, x1, y1, ...) against the distribution. */
    public static ModeCoverage measure(ToyDistribution data, float[] generated) {
        int n = generated.length / 2;
        List<double[]> modes = data.modes();
        int[] hits = new int[modes.size()];
        for (int i = 0; i < n; i++) {
            int nearest = nearest(modes, generated[2 * i], generated[2 * i + 1]);
            double[] m = modes.get(nearest);
            if (Math.hypot(m[0] - generated[2 * i], m[1] - generated[2 * i + 1]) <= data.modeRadius()) {
                hits[nearest]++;
            }
        }
        double needed = Math.max(1, 0.25 * n / modes.size());
        int covered = 0;
        for (int h : hits) {
            covered += h >= needed ? 1 : 0;
        }
        float[] real = data.sample(new SplittableRandom(7), REAL_POINTS);
        return new ModeCoverage(covered, modes.size(), klDivergence(histogram(real), histogram(generated)));
    }

    private static int nearest(List<double[]> modes, double x, double y) {
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int m = 0; m < modes.size(); m++) {
            double d = Math.hypot(modes.get(m)[0] - x, modes.get(m)[1] - y);
            if (d < bestDistance) {
                bestDistance = d;
                best = m;
            }
        }
        return best;
    }

    /** Normalised cell counts on [-EXTENT, EXTENT]², with half a count added to every cell so no cell is empty. */
    static double[] histogram(float[] xy) {
        double[] cells = new double[CELLS * CELLS];
        int n = xy.length / 2;
        for (int i = 0; i < n; i++) {
            int cx = cell(xy[2 * i]);
            int cy = cell(xy[2 * i + 1]);
            if (cx >= 0 && cy >= 0) {
                cells[cy * CELLS + cx]++;
            }
        }
        double total = 0;
        for (int c = 0; c < cells.length; c++) {
            cells[c] += 0.5;
            total += cells[c];
        }
        for (int c = 0; c < cells.length; c++) {
            cells[c] /= total;
        }
        return cells;
    }

    private static int cell(float v) {
        int c = (int) Math.floor((v + EXTENT) / (2 * EXTENT) * CELLS);
        return c >= 0 && c < CELLS ? c : -1;
    }

    static double klDivergence(double[] p, double[] q) {
        double kl = 0;
        for (int i = 0; i < p.length; i++) {
            kl += p[i] * Math.log(p[i] / q[i]);
        }
        return kl;
    }

    /** The line a toy run ends with: {@code modes_covered=K/M kl=X}. */
    public String summary() {
        return String.format(Locale.ROOT, "modes_covered=%d/%d kl=%.4f", modesCovered, modeCount, kl);
    }
}
