package org.ganlab.engine.nn;

import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A fully connected layer, {@code y = x·W + b}, on BLAS gemm with preallocated outputs. */
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

    public Dense(int in, int out) {
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
        Nd4j.gemm(x, weights, y, false, false, 1.0, 0.0);
        return y.addiRowVector(bias);
    }

    @Override
    public INDArray backward(INDArray gradOut, boolean paramGrads, boolean inputGrad) {
        lastGradOut = gradOut;
        if (paramGrads) {
            Nd4j.gemm(lastInput, gradOut, weightGrad, true, false, 1.0, 1.0);
            // Σ over the batch as 1ᵀ·g: accumulates in place, where sum(0) allocated every call
            Nd4j.gemm(ones.get(gradOut.size(0), gradOut.dataType()), gradOut, biasGrad, false, false, 1.0, 1.0);
        }
        if (!inputGrad) {
            return null;
        }
        INDArray gradIn = inputGrads.like(gradOut);
        return Nd4j.gemm(gradOut, weights, gradIn, false, true, 1.0, 0.0);
    }

    /** g_in = g_out·Wᵀ, so dL/dW = (dL/dg_in)ᵀ·g_out and dL/dg_out = dL/dg_in·W. */
    @Override
    public INDArray backwardOfInputGradient(INDArray gradOfInputGrad) {
        Nd4j.gemm(gradOfInputGrad, lastGradOut, weightGrad, true, false, 1.0, 1.0);
        return Nd4j.gemm(gradOfInputGrad, weights, gradOutGrads.like(gradOfInputGrad), false, false, 1.0, 0.0);
    }
}
