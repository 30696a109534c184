package org.ganlab.engine.train;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reused off-heap arrays that take a batch of values from the Java heap, one per batch size,
 * so a training step copies its inputs instead of allocating new native memory.
 */
final class HostBatch {

    private final int[] exampleShape;
    private final Map<Integer, INDArray> arrays = new HashMap<>();

    HostBatch(int... exampleShape) {
        this.exampleShape = exampleShape.clone();
    }

    /** The first {@code n} examples of {@code values} as an {@code [n, exampleShape...]} array. */
    INDArray load(float[] values, int n) {
        INDArray array = arrays.computeIfAbsent(n, this::allocate);
        long length = array.length();
        if (values.length == length) {
            array.data().setData(values);
        } else {
            array.data().setData(java.util.Arrays.copyOf(values, (int) length));
        }
        return array;
    }

    private INDArray allocate(int n) {
        long[] shape = new long[exampleShape.length + 1];
        shape[0] = n;
        for (int i = 0; i < exampleShape.length; i++) {
            shape[i + 1] = exampleShape[i];
        }
        return Nd4j.create(DataType.FLOAT, shape);
    }
}
