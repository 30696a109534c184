package org.ganlab.engine.nn;

import java.util.List;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A sequence of layers whose parameters, gradients and state each sit in one flat array (float in training)
 * ({@code [1, n]}), so that an optimiser step and a checkpoint touch one array per network.
 *
 * <p>Call order for a training step: {@link #zeroGradients()}, then one or more
 * {@code forward(x, true)} / {@code backward(...)} pairs (gradients add up), then the optimiser.
 */
public final class Network {

    private final String name;
    private final int[] inputShape;
    private final List<Layer> layers;
    private final INDArray params;
    private final INDArray gradients;
    private final INDArray state;
    private final INDArray stateScratch;
    /** The gradients are all zero (fresh, or consumed by the fused Adam): zeroing can be skipped. */
    private boolean gradientsZero = true;

    public Network(String name, int[] inputShape, List<Layer> layers) {
        this(name, inputShape, layers, DataType.FLOAT);
    }

    /**
     * A network whose parameters, gradients and state are of {@code type}. Training uses float;
     * the gradient checks build their networks in double (the layers compute in their input's
     * type), where a finite difference is accurate to far more digits.
     */
    public Network(String name, int[] inputShape, List<Layer> layers, DataType type) {
        this.name = name;
        this.inputShape = inputShape.clone();
        this.layers = List.copyOf(layers);
        int paramCount = layers.stream().mapToInt(Layer::paramCount).sum();
        int stateCount = layers.stream().mapToInt(Layer::stateCount).sum();
        this.params = Nd4j.create(type, 1, paramCount);
        this.gradients = Nd4j.create(type, 1, paramCount);
        this.state = Nd4j.create(type, 1, Math.max(1, stateCount));
        this.stateScratch = state.ulike();
        FlatSlice p = new FlatSlice(params);
        FlatSlice g = new FlatSlice(gradients);
        FlatSlice s = new FlatSlice(state);
        for (Layer layer : this.layers) {
            layer.bind(p, g, s);
        }
    }

    /** Draws every layer's initial parameters from {@code rng}, in layer order (PyTorch's defaults). */
    public void initialize(RandomGenerator rng) {
        initialize(rng, WeightInit.PYTORCH);
    }

    /** Draws every layer's initial parameters from {@code rng} by {@code scheme}, in layer order. */
    public void initialize(RandomGenerator rng, WeightInit scheme) {
        for (Layer layer : layers) {
            layer.initialize(rng, scheme);
        }
    }

    public INDArray forward(INDArray x, boolean training) {
        INDArray out = x;
        for (Layer layer : layers) {
            out = layer.forward(out, training);
        }
        return out;
    }

    /**
     * A training-mode pass (batch statistics, ready for {@link #backward}) that leaves the
     * non-trained state, BatchNorm's running statistics, as it was. G's step and the 2-D lab's
     * queries look at D; only D's own step may move its running estimates, or an eval-mode D
     * would describe batches it never trained on.
     */
    public INDArray forwardObserving(INDArray x) {
        stateScratch.assign(state);
        INDArray out = forward(x, true);
        state.assign(stateScratch);
        return out;
    }

    /**
     * Back-propagates dLoss/dOutput of the last forward pass.
     *
     * @param paramGrads add parameter gradients to {@link #gradients()}
     * @param inputGrad  return dLoss/dInput (null otherwise; the first layer may skip that work)
     */
    public INDArray backward(INDArray gradOut, boolean paramGrads, boolean inputGrad) {
        gradientsZero &= !paramGrads;
        INDArray grad = gradOut;
        for (int i = layers.size() - 1; i >= 0; i--) {
            grad = layers.get(i).backward(grad, paramGrads, i > 0 || inputGrad);
        }
        return grad;
    }

    /** See {@link Layer#mixesExamples()}. */
    public boolean mixesExamples() {
        return layers.stream().anyMatch(Layer::mixesExamples);
    }

    /**
     * Adds dL/dθ for a loss L on the input gradient of the last {@code backward} pass (which must
     * have been run with {@code inputGrad} true), given {@code gradOfInputGrad} = dL/d(input
     * gradient). See {@link Layer#backwardOfInputGradient}.
     */
    public void backwardOfInputGradient(INDArray gradOfInputGrad) {
        gradientsZero = false;
        INDArray grad = gradOfInputGrad;
        for (Layer layer : layers) {
            grad = layer.backwardOfInputGradient(grad);
        }
    }

    /** Clips every parameter into [-c, c] (the original WGAN's Lipschitz constraint). */
    public void clipParams(double c) {
        NativeOps.exec("clipbyvalue", NativeOps.in(params), NativeOps.out(params), NativeOps.none(), -c, c);
    }

    /** Shape of one example's output, e.g. {@code [1]} for a discriminator's logit. */
    public int[] outputShape() {
        return layers.get(layers.size() - 1).outputShape();
    }

    /** Zeroes the gradients, unless nothing has written them since they were last zero. */
    public void zeroGradients() {
        if (!gradientsZero) {
            gradients.assign(0);
            gradientsZero = true;
        }
    }

    /** Called by an optimiser that left the gradients zero, so the next {@link #zeroGradients} is free. */
    void gradientsZeroed() {
        gradientsZero = true;
    }

    public String name() {
        return name;
    }

    public int[] inputShape() {
        return inputShape.clone();
    }

    /** The layers in order, e.g. for an exporter that rebuilds the network in another library. */
    public List<Layer> layers() {
        return layers;
    }

    /** The flat parameter array; writes to it change the network. */
    public INDArray params() {
        return params;
    }

    /**
     * The flat gradient array, matching {@link #params()} element for element. Whoever asks for it
     * may write to it, so {@link #zeroGradients} no longer assumes it is zero.
     */
    public INDArray gradients() {
        gradientsZero = false;
        return gradients;
    }

    /** Non-trained values that a checkpoint must keep (BatchNorm running statistics). */
    public INDArray state() {
        return state;
    }

    public long paramCount() {
        return params.length();
    }
}
