package org.ganlab.engine.nn;

import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Weight initialisation drawn from a Java RNG, so that the same seed gives the same network on
 * every machine and thread count.
 */
final class Init {

    private Init() {
    }

    /** Fills {@code target} with U(-bound, bound), PyTorch's default for linear and conv layers. */
    static void uniform(INDArray target, RandomGenerator rng, double bound) {
        float[] values = new float[(int) target.length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((rng.nextDouble() * 2 - 1) * bound);
        }
        target.assign(org.nd4j.linalg.factory.Nd4j.createFromArray(values).reshape(target.shape()).castTo(target.dataType()));
    }
}
