package org.ganlab.engine.nn;

import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One stage of a feed-forward {@link Network}. A layer keeps what its backward pass needs from
 * the last forward pass, so calls alternate: {@code forward} then at most one {@code backward}
 * for the same batch.
 *
 * <p>Parameters, their gradients and any non-trained state (BatchNorm's running statistics) live
 * in the network's flat arrays; {@link #bind} hands the layer its views into them, which lets one
 * Adam update and one checkpoint array cover the whole network.
 *
 * <p>Returned arrays are buffers the layer owns and reuses: valid until its next call with the
 * same batch size.
 */
public interface Layer {

    /** Shape of one example's output, without the batch dimension. */
    int[] outputShape();

    /** Number of trained parameters. */
    default int paramCount() {
        return 0;
    }

    /** Number of non-trained values to checkpoint (e.g. running mean and variance). */
    default int stateCount() {
        return 0;
    }

    /**
     * True when one example's output depends on the other examples in the batch (BatchNorm in
     * training). A discriminator with such a layer must see real and fake batches separately.
     */
    default boolean mixesExamples() {
        return false;
    }

    /** Binds the layer to its slices of the network's flat parameter, gradient and state arrays. */
    default void bind(FlatSlice params, FlatSlice grads, FlatSlice state) {
    }

    /** Fills the parameters with their initial values, drawn from {@code rng} by {@code scheme}. */
    default void initialize(RandomGenerator rng, WeightInit scheme) {
    }

    /**
     * @param x        a batch shaped {@code [n, inputShape...]}
     * @param training true during training steps (BatchNorm uses and updates batch statistics)
     */
    INDArray forward(INDArray x, boolean training);

    /**
     * Back-propagates {@code gradOut} (dLoss/dOutput of the last forward call).
     *
     * @param paramGrads add dLoss/dParameters to the gradient views
     * @param inputGrad  return dLoss/dInput; when false the layer may skip that work and return null
     */
    INDArray backward(INDArray gradOut, boolean paramGrads, boolean inputGrad);

    /**
     * For the gradient penalty: the last {@code backward} computed the input gradient
     * g_in = f(g_out, θ); given dL/dg_in this returns dL/dg_out and adds dL/dθ to the gradient
     * views. Exact for layers whose input gradient is linear in g_out and, through the forward
     * pass, depends on the input only piecewise-constantly (linear layers, (leaky) ReLU); other
     * layers refuse, rather than return a wrong gradient.
     */
    default INDArray backwardOfInputGradient(INDArray gradOfInputGrad) {
        throw noSecondDerivative(getClass().getSimpleName());
    }

    /** The refusal, naming the layer as a user reads it (e.g. "tanh", not the class Activation). */
    static UnsupportedOperationException noSecondDerivative(String layer) {
        return new UnsupportedOperationException(layer
                + " has no second derivative in this engine, so a gradient penalty cannot pass through it");
    }
}
