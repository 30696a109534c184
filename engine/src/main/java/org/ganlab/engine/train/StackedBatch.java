package org.ganlab.engine.train;

import org.ganlab.engine.nn.BatchBuffers;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Two equal batches stacked into one reused {@code [2n, ...]} array: the real and the fake images. */
final class StackedBatch {

    private final BatchBuffers arrays;

    StackedBatch(int... exampleShape) {
        this.arrays = new BatchBuffers(exampleShape);
    }

    INDArray stack(INDArray first, INDArray second) {
        long n = first.size(0);
        INDArray both = arrays.get(2 * n);
        both.get(NDArrayIndex.interval(0, n)).assign(first);
        both.get(NDArrayIndex.interval(n, 2 * n)).assign(second);
        return both;
    }
}
