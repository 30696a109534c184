package org.ganlab.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Reinterprets each example with another shape (a view: no copy), e.g. 6272 → 128×7×7. */
public final class Reshape implements Layer {

    private final int[] inShape;
    private final int[] outShape;

    public Reshape(int[] inShape, int[] outShape) {
        this.inShape = inShape.clone();
        this.outShape = outShape.clone();
    }

    @Override
    public int[] outputShape() {
        return outShape.clone();
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        return x.reshape('c', withBatch(x.size(0), outShape));
    }

    @Override
    public INDArray backward(INDArray gradOut, boolean paramGrads, boolean inputGrad) {
        return gradOut.reshape('c', withBatch(gradOut.size(0), inShape));
    }

    @Override
    public INDArray backwardOfInputGradient(INDArray gradOfInputGrad) {
        return gradOfInputGrad.reshape('c', withBatch(gradOfInputGrad.size(0), outShape));
    }

    private static long[] withBatch(long batch, int[] shape) {
        long[] full = new long[shape.length + 1];
        full[0] = batch;
        for (int i = 0; i < shape.length; i++) {
            full[i + 1] = shape[i];
        }
        return full;
    }
}
