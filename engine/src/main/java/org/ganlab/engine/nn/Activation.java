package org.ganlab.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarMax;
import org.nd4j.linalg.api.ops.impl.transforms.same.Sign;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An element-wise activation, written to its own buffer.
 *
 * <p>(Leaky) ReLU is computed as {@code y = x ⊙ m} with the slope mask {@code m = max(sign(x), α)}
 * (1 where x &gt; 0, α elsewhere, as PyTorch takes it; libnd4j's {@code lrelu_bp} differs only at
 * exactly 0, where it takes 1), kept for the
 * backward pass, which is then one multiplication. libnd4j's own {@code leakyrelu} and
 * {@code *_bp} kernels branch on the sign of every element; on training data (half the signs
 * either way) the mispredicted branches made them 4–10× slower than these three branch-free,
 * vectorised passes (0.8 M floats: leakyrelu 4.6 ms + lrelu_bp 8 ms against 1.4 ms + 0.8 ms).
 * Float batches take oneDNN's element-wise primitive instead ({@link OneDnnEltwise}): one pass
 * each way, for the ReLUs the same products bit for bit (but for the sign of a zero), and no mask
 * to keep.
 */
public final class Activation implements Layer {

    /** The activations GANs use. */
    public enum Kind { RELU, LEAKY_RELU, TANH }

    private final Kind kind;
    private final double alpha;
    private final int[] shape;
    private final BatchBuffers outputs;
    private final BatchBuffers inputGrads;
    private final BatchBuffers masks;
    private INDArray lastInput;
    private INDArray lastMask;
    private final NativeOp maskedForward = new NativeOp("multiply");
    private final NativeOp maskedBackward = new NativeOp("multiply");
    private final NativeOp tanhBackward = new NativeOp("tanh_bp");
    private final boolean directAllowed;
    private OneDnnEltwise direct;
    private INDArray lastOutput;

    private Activation(Kind kind, double alpha, int... shape) {
        this(kind, alpha, true, shape);
    }

    /** @param directAllowed false keeps even float batches on ND4J's ops (tests compare the two) */
    Activation(Kind kind, double alpha, boolean directAllowed, int... shape) {
        this.directAllowed = directAllowed;
        this.kind = kind;
        this.alpha = alpha;
        this.shape = shape.clone();
        this.outputs = new BatchBuffers(shape);
        this.inputGrads = new BatchBuffers(shape);
        this.masks = new BatchBuffers(shape);
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
        lastOutput = y;
        OneDnnEltwise onednn = direct(x, y);
        lastMask = null;
        if (onednn != null) {
            onednn.forward(x, y);
            return y;
        }
        if (kind == Kind.TANH) {
            Nd4j.exec(new Tanh(x, y));
            return y;
        }
        lastMask = masks.like(x);
        Nd4j.exec(new Sign(x, lastMask));
        Nd4j.exec(new ScalarMax(lastMask, null, lastMask, alpha));
        maskedForward.exec(new INDArray[] {x, lastMask}, y);
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
        if (lastMask == null && direct != null && OneDnn.supports(lastInput)) {
            direct.backward(lastInput, lastOutput, requireDense(gradOut), gradIn);
        } else if (kind == Kind.TANH) {
            tanhBackward.exec(new INDArray[] {lastInput, gradOut}, gradIn);
        } else {
            maskedBackward.exec(new INDArray[] {gradOut, lastMask}, gradIn);
        }
        return gradIn;
    }

    /** The oneDNN route for these arrays, or null for ND4J's ops. */
    private OneDnnEltwise direct(INDArray x, INDArray y) {
        if (!directAllowed || !OneDnn.supports(x) || !OneDnn.supports(y) || !OneDnn.available()) {
            return null;
        }
        if (direct == null) {
            long exampleSize = y.length() / y.size(0);
            direct = kind == Kind.TANH ? OneDnnEltwise.tanh(exampleSize) : OneDnnEltwise.relu(alpha, exampleSize);
        }
        return direct;
    }

    /** A gradient oneDNN can read as it is (the trainer's are; a strided view gets copied). */
    private static INDArray requireDense(INDArray gradOut) {
        return OneDnn.supports(gradOut) ? gradOut : gradOut.dup('c');
    }
}
