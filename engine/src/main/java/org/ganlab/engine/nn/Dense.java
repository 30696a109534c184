package org.ganlab.engine.nn;

import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A fully connected layer, {@code y = x·W + b}. Float batches run oneDNN's matmul primitive
 * directly, kept per call site and shape ({@link OneDnnMatmul}), the bias added inside the
 * forward product; double ones (the gradient checks) and machines without the oneDNN presets run
 * libnd4j's {@code matmul} on preallocated outputs, each product on its own kept native context
 * ({@link NativeOp}).
 */
public final class Dense implements Layer {

    private final int in;
    private final int out;
    private final BatchBuffers outputs;
    private final BatchBuffers inputGrads;
    private INDArray weights;
    private INDArray bias;
    private INDArray weightGrad;
    private INDArray biasGrad;
    private INDArray lastInput;
    private INDArray lastGradOut;
    private final BatchBuffers gradOutGrads;
    private final OnesRows ones = new OnesRows();
    private final NativeOp product = matmul(false, false, 0);
    private final NativeOp addBias = new NativeOp("add");
    private final NativeOp accumulateWeightGrad = matmul(true, false, 1);
    private final NativeOp accumulateBiasGrad = matmul(false, false, 1);
    private final NativeOp productTransposed = matmul(false, true, 0);
    private final NativeOp gradOfGradOutProduct = matmul(false, false, 0);
    private final boolean directAllowed;
    private Direct direct;

    /** The oneDNN products, one per call site. */
    private static final class Direct {
        final OneDnnMatmul product = new OneDnnMatmul(false, false, false, true);
        final OneDnnMatmul accumulateWeightGrad = new OneDnnMatmul(true, false, true, false);
        final OneDnnMatmul accumulateBiasGrad = new OneDnnMatmul(false, false, true, false);
        final OneDnnMatmul productTransposed = new OneDnnMatmul(false, true, false, false);
    }

    public Dense(int in, int out) {
        this(in, out, true);
    }

    /** @param directAllowed false keeps even float batches on libnd4j's ops (tests compare the two) */
    Dense(int in, int out, boolean directAllowed) {
        this.directAllowed = directAllowed;
        this.in = in;
        this.out = out;
        this.outputs = new BatchBuffers(out);
        this.inputGrads = new BatchBuffers(in);
        this.gradOutGrads = new BatchBuffers(out);
    }

    @Override
    public int[] outputShape() {
        return new int[] {out};
    }

    public int inputSize() {
        return in;
    }

    @Override
    public int paramCount() {
        return in * out + out;
    }

    @Override
    public void bind(FlatSlice params, FlatSlice grads, FlatSlice state) {
        weights = params.take(in, out);
        bias = params.take(1, out);
        weightGrad = grads.take(in, out);
        biasGrad = grads.take(1, out);
    }

    @Override
    public void initialize(RandomGenerator rng, WeightInit scheme) {
        Init.weights(weights, rng, scheme, 1 / Math.sqrt(in));
        Init.bias(bias, rng, scheme, 1 / Math.sqrt(in));
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        lastInput = x;
        INDArray y = outputs.like(x);
        Direct onednn = direct(x, y);
        if (onednn != null) {
            onednn.product.exec(x, weights, bias, y);
            return y;
        }
        product.exec(new INDArray[] {x, weights}, y);
        addBias.exec(new INDArray[] {y, bias}, y);
        return y;
    }

    @Override
    public INDArray backward(INDArray gradOut, boolean paramGrads, boolean inputGrad) {
        lastGradOut = gradOut;
        Direct onednn = direct(gradOut, lastInput);
        if (onednn != null) {
            if (paramGrads) {
                onednn.accumulateWeightGrad.exec(lastInput, gradOut, null, weightGrad);
                onednn.accumulateBiasGrad.exec(ones.get(gradOut.size(0), gradOut.dataType()), gradOut, null, biasGrad);
            }
            if (!inputGrad) {
                return null;
            }
            INDArray gradIn = inputGrads.like(gradOut);
            onednn.productTransposed.exec(gradOut, weights, null, gradIn);
            return gradIn;
        }
        if (paramGrads) {
            accumulateWeightGrad.exec(new INDArray[] {lastInput, gradOut}, weightGrad);
            // Σ over the batch as 1ᵀ·g: accumulates in place, where sum(0) allocated every call
            accumulateBiasGrad.exec(new INDArray[] {ones.get(gradOut.size(0), gradOut.dataType()), gradOut}, biasGrad);
        }
        if (!inputGrad) {
            return null;
        }
        INDArray gradIn = inputGrads.like(gradOut);
        productTransposed.exec(new INDArray[] {gradOut, weights}, gradIn);
        return gradIn;
    }

    /** g_in = g_out·Wᵀ, so dL/dW = (dL/dg_in)ᵀ·g_out and dL/dg_out = dL/dg_in·W. */
    @Override
    public INDArray backwardOfInputGradient(INDArray gradOfInputGrad) {
        accumulateWeightGrad.exec(new INDArray[] {gradOfInputGrad, lastGradOut}, weightGrad);
        INDArray gradOfGradOut = gradOutGrads.like(gradOfInputGrad);
        gradOfGradOutProduct.exec(new INDArray[] {gradOfInputGrad, weights}, gradOfGradOut);
        return gradOfGradOut;
    }

    /** The oneDNN route for these arrays (and the layer's own), or null for libnd4j's ops. */
    private Direct direct(INDArray... batchArrays) {
        if (!directAllowed || !OneDnn.available() || !OneDnnMatmul.supports(batchArrays)
                || !OneDnnMatmul.supports(weights, bias, weightGrad, biasGrad)) {
            return null;
        }
        if (direct == null) {
            direct = new Direct();
        }
        return direct;
    }

    /** {@code z = op(x)·op(y) + β·z} into the output z (β = 1 accumulates). */
    private static NativeOp matmul(boolean transposeX, boolean transposeY, double beta) {
        return new NativeOp("matmul", new long[] {transposeX ? 1 : 0, transposeY ? 1 : 0, 0}, 1.0, beta);
    }
}
