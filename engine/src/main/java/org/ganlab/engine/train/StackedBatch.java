package org.ganlab.engine.train;

import org.ganlab.engine.nn.BatchBuffers;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Equal batches stacked into one reused {@code [k·n, ...]} array, for D's one pass over its step's
 * batches: the real and the fake images (and for a matching-aware D the mismatched pairs).
 */
final class StackedBatch {

    private final BatchBuffers arrays;

    StackedBatch(int... exampleShape) {
        this.arrays = new BatchBuffers(exampleShape);
    }

    INDArray stack(INDArray... batches) {
        long n = batches[0].size(0);
        INDArray all = arrays.get(batches.length * n);
        for (int i = 0; i < batches.length; i++) {
            all.get(NDArrayIndex.interval(i * n, (i + 1) * n)).assign(batches[i]);
        }
        return all;
    }
}
