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
        fill(target, values);
    }

    /** Fills {@code target} with N(mean, std²): the DCGAN paper's initialisation. */
    static void gaussian(INDArray target, RandomGenerator rng, double mean, double std) {
        float[] values = new float[(int) target.length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (mean + std * rng.nextGaussian());
        }
        fill(target, values);
    }

    /** Weights by {@code scheme}: U(-bound, bound) for PyTorch's default, N(0, 0.02) for DCGAN's. */
    static void weights(INDArray target, RandomGenerator rng, WeightInit scheme, double pytorchBound) {
        if (scheme == WeightInit.DCGAN) {
            gaussian(target, rng, 0, WeightInit.DCGAN_STD);
        } else {
            uniform(target, rng, pytorchBound);
        }
    }

    /** Biases by {@code scheme}: U(-bound, bound) for PyTorch's default, 0 for DCGAN's. */
    static void bias(INDArray target, RandomGenerator rng, WeightInit scheme, double pytorchBound) {
        if (scheme == WeightInit.DCGAN) {
            target.assign(0);
        } else {
            uniform(target, rng, pytorchBound);
        }
    }

    private static void fill(INDArray target, float[] values) {
        target.assign(org.nd4j.linalg.factory.Nd4j.createFromArray(values).reshape(target.shape()).castTo(target.dataType()));
    }
}
