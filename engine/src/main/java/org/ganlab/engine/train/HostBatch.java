package org.ganlab.engine.train;

import java.util.Arrays;
import org.ganlab.engine.nn.BatchBuffers;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Copies batches from the Java heap into reused off-heap arrays, one per batch size. */
final class HostBatch {

    private final BatchBuffers arrays;

    HostBatch(int... exampleShape) {
        this.arrays = new BatchBuffers(exampleShape);
    }

    /** The first {@code n} examples of {@code values} as an {@code [n, exampleShape...]} array. */
    INDArray load(float[] values, int n) {
        INDArray array = arrays.get(n);
        array.data().setData(values.length == array.length() ? values : Arrays.copyOf(values, (int) array.length()));
        return array;
    }
}
