package org.ganlab.engine.nn;

import static org.ganlab.engine.nn.NativeOps.in;
import static org.ganlab.engine.nn.NativeOps.none;
import static org.ganlab.engine.nn.NativeOps.out;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.LeakyReLU;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An element-wise activation. It writes to its own buffer rather than in place because its
 * backward pass needs the input (libnd4j's {@code *_bp} ops take the pre-activation).
 */
public final class Activation implements Layer {

    /** The activations GANs use. */
    public enum Kind { RELU, LEAKY_RELU, TANH }

    private final Kind kind;
    private final double alpha;
    private final int[] shape;
    private final BatchBuffers outputs;
    private final BatchBuffers inputGrads;
    private INDArray lastInput;

    private Activation(Kind kind, double alpha, int... shape) {
        this.kind = kind;
        this.alpha = alpha;
        this.shape = shape.clone();
        this.outputs = new BatchBuffers(shape);
        this.inputGrads = new BatchBuffers(shape);
    }

    public static Activation relu(int... shape) {
        return new Activation(Kind.RELU, 0, shape);
    }

    public static Activation leakyRelu(double alpha, int... shape) {
        return new Activation(Kind.LEAKY_RELU, alpha, shape);
    }

    public static Activation tanh(int... shape) {
        return new Activation(Kind.TANH, 0, shape);
    }

    @Override
    public int[] outputShape() {
        return shape.clone();
    }

    public Kind kind() {
        return kind;
    }

    /** The negative slope of a leaky ReLU; 0 otherwise. */
    public double alpha() {
        return alpha;
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        lastInput = x;
        INDArray y = outputs.like(x);
        switch (kind) {
            case RELU -> Nd4j.exec(new RectifiedLinear(x, y, 0.0));
            case LEAKY_RELU -> Nd4j.exec(new LeakyReLU(x, y, alpha));
            case TANH -> Nd4j.exec(new Tanh(x, y));
        }
        return y;
    }

    /**
     * (Leaky) ReLU: g_in = g_out ⊙ m(x) with a mask that is constant almost everywhere, so
     * dL/dg_out = dL/dg_in ⊙ m(x) — the same operation as the backward pass. Tanh curves, so its
     * second derivative would not vanish: refused.
     */
    @Override
    public INDArray backwardOfInputGradient(INDArray gradOfInputGrad) {
        if (kind == Kind.TANH) {
            throw Layer.noSecondDerivative("tanh");
        }
        return backward(gradOfInputGrad, false, true);
    }

    @Override
    public INDArray backward(INDArray gradOut, boolean paramGrads, boolean inputGrad) {
        INDArray gradIn = inputGrads.like(gradOut);
        switch (kind) {
            case RELU -> NativeOps.exec("relu_bp", in(lastInput, gradOut), out(gradIn), none(), 0.0);
            case LEAKY_RELU -> NativeOps.exec("lrelu_bp", in(lastInput, gradOut), out(gradIn), none(), alpha);
            case TANH -> NativeOps.exec("tanh_bp", in(lastInput, gradOut), out(gradIn), none());
        }
        return gradIn;
    }
}
