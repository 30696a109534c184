package org.ganlab.engine.model;

import java.util.List;
import org.ganlab.engine.nn.Activation;
import org.ganlab.engine.nn.Dense;
import org.ganlab.engine.nn.Network;

/**
 * Small MLPs for the 2-D toy lab: G z→h→h→(x, y) with a linear output (points are not bounded
 * to [-1, 1]); D (x, y)→h→h→1. LeakyReLU 0.2 throughout; h defaults to 128.
 */
public final class Mlp2d {

    public static final int DEFAULT_HIDDEN = 128;

    private Mlp2d() {
    }

    public static GanModel build(ModelSpec spec) {
        if (spec.image().size() != 2) {
            throw new IllegalArgumentException("mlp2d generates 2-D points; pick a 2-D data set (ring8, grid25, moons, spiral)");
        }
        int h = spec.hiddenUnits() > 0 ? spec.hiddenUnits() : DEFAULT_HIDDEN;
        int z = spec.latentSize();
        Network g = new Network("G", new int[] {z}, List.of(
                new Dense(z, h), Activation.leakyRelu(0.2, h),
                new Dense(h, h), Activation.leakyRelu(0.2, h),
                new Dense(h, 2)));
        Network d = new Network("D", new int[] {2}, List.of(
                new Dense(2, h), Activation.leakyRelu(0.2, h),
                new Dense(h, h), Activation.leakyRelu(0.2, h),
                new Dense(h, 1)));
        return new GanModel("mlp2d", g, d, z, spec.image());
    }
}
