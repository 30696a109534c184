package org.ganlab.engine.nn;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An identity layer for the gradient checks, placed before a (leaky) ReLU: it records the signs
 * of the pre-activations of each forward pass. A finite difference whose perturbation flips one
 * of them straddles a kink and is no derivative, so the checks skip that coordinate.
 */
public final class KinkWatch implements Layer {

    private final int[] shape;
    private boolean[] signs = new boolean[0];

    public KinkWatch(int... shape) {
        this.shape = shape.clone();
    }

    @Override
    public int[] outputShape() {
        return shape.clone();
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        double[] values = x.dup().reshape(x.length()).toDoubleVector();
        signs = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            signs[i] = values[i] > 0;
        }
        return x;
    }

    @Override
    public INDArray backward(INDArray gradOut, boolean paramGrads, boolean inputGrad) {
        return gradOut;
    }

    @Override
    public INDArray backwardOfInputGradient(INDArray gradOfInputGrad) {
        return gradOfInputGrad;
    }

    /** The sign pattern of the last forward pass, a copy. */
    public boolean[] signs() {
        return signs.clone();
    }

    /** True when any watch saw other signs than {@code before} (from {@link #snapshot}). */
    public static boolean changed(KinkWatch[] watches, boolean[][] before) {
        for (int i = 0; i < watches.length; i++) {
            if (!Arrays.equals(watches[i].signs, before[i])) {
                return true;
            }
        }
        return false;
    }

    public static boolean[][] snapshot(KinkWatch[] watches) {
        boolean[][] all = new boolean[watches.length][];
        for (int i = 0; i < watches.length; i++) {
            all[i] = watches[i].signs();
        }
        return all;
    }
}
