package org.ganlab.engine.toy;

import java.util.ArrayList;
import java.util.List;

/** The shapes of the built-in toy distributions and their modes. */
final class ToyShapes {

    private static final double SIGMA = ToyDistribution.SIGMA;

    private ToyShapes() {
    }

    /** {@code k} Gaussians evenly spaced on a circle. */
    static ToyDistribution ring(int k, double radius) {
        List<double[]> centres = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double angle = 2 * Math.PI * i / k;
            centres.add(new double[] {radius * Math.cos(angle), radius * Math.sin(angle)});
        }
        return gaussians("ring" + k, centres);
    }

    /** A {@code side}×{@code side} grid of Gaussians, {@code spacing} apart, centred on 0. */
    static ToyDistribution grid(int side, double spacing) {
        List<double[]> centres = new ArrayList<>();
        double origin = -(side - 1) / 2.0 * spacing;
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                centres.add(new double[] {origin + i * spacing, origin + j * spacing});
            }
        }
        return gaussians("grid" + side * side, centres);
    }

    private static ToyDistribution gaussians(String name, List<double[]> centres) {
        ToyDistribution.Sampler sampler = (rng, out, offset) -> {
            double[] c = centres.get(rng.nextInt(centres.size()));
            out[offset] = (float) (c[0] + SIGMA * rng.nextGaussian());
            out[offset + 1] = (float) (c[1] + SIGMA * rng.nextGaussian());
        };
        return new ToyDistribution(name, sampler, centres, 5 * SIGMA);
    }

    /** Two interleaved half circles (scikit-learn's moons), scaled ×1.5 and centred; eight arcs as modes. */
    static ToyDistribution moons() {
        ToyDistribution.Sampler sampler = (rng, out, offset) -> {
            double t = Math.PI * rng.nextDouble();
            double[] p = moonPoint(rng.nextBoolean(), t);
            out[offset] = (float) (p[0] + SIGMA * rng.nextGaussian());
            out[offset + 1] = (float) (p[1] + SIGMA * rng.nextGaussian());
        };
        List<double[]> anchors = new ArrayList<>();
        for (int moon = 0; moon < 2; moon++) {
            for (int i = 0; i < 4; i++) {
                anchors.add(moonPoint(moon == 1, Math.PI * (i + 0.5) / 4));
            }
        }
        return new ToyDistribution("moons", sampler, anchors, 0.55);
    }

    private static double[] moonPoint(boolean lower, double t) {
        double x = lower ? 1 - Math.cos(t) : Math.cos(t);
        double y = lower ? 0.5 - Math.sin(t) : Math.sin(t);
        return new double[] {1.5 * (x - 0.5), 1.5 * (y - 0.25)};
    }

    /** An Archimedean spiral of 1.75 turns, radius growing to 3.5; eight arcs as modes. */
    static ToyDistribution spiral() {
        double start = 0.5 * Math.PI;
        double end = 4 * Math.PI;
        ToyDistribution.Sampler sampler = (rng, out, offset) -> {
            double[] p = spiralPoint(start + (end - start) * Math.sqrt(rng.nextDouble()), end);
            out[offset] = (float) (p[0] + SIGMA * rng.nextGaussian());
            out[offset + 1] = (float) (p[1] + SIGMA * rng.nextGaussian());
        };
        List<double[]> anchors = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            anchors.add(spiralPoint(start + (end - start) * Math.sqrt((i + 0.5) / 8), end));
        }
        return new ToyDistribution("spiral", sampler, anchors, 0.6);
    }

    private static double[] spiralPoint(double t, double end) {
        double r = 3.5 * t / end;
        return new double[] {r * Math.cos(t), r * Math.sin(t)};
    }

    /** Drawn points merged greedily into modes: a point within {@code distance} of a mode joins it. */
    static List<double[]> mergedModes(float[] xy, double distance) {
        List<double[]> modes = new ArrayList<>();
        for (int i = 0; i + 1 < xy.length; i += 2) {
            double x = xy[i];
            double y = xy[i + 1];
            boolean near = modes.stream().anyMatch(m -> Math.hypot(m[0] - x, m[1] - y) < distance);
            if (!near) {
                modes.add(new double[] {x, y});
            }
        }
        return modes;
    }
}
