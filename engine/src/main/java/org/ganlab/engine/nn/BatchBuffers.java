package org.ganlab.engine.nn;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Output and gradient buffers of one layer, allocated once per batch size and reused. Training
 * sees at most three sizes (the batch, the last partial batch, the sample grid), so this avoids
 * allocating off-heap memory every iteration, which was the main cost of naive ND4J code.
 */
final class BatchBuffers {

    private final int[] exampleShape;
    private final Map<Integer, INDArray> byBatch = new HashMap<>();

    BatchBuffers(int... exampleShape) {
        this.exampleShape = exampleShape.clone();
    }

    INDArray get(long batch) {
        return byBatch.computeIfAbsent((int) batch, n -> {
            long[] shape = new long[exampleShape.length + 1];
            shape[0] = n;
            for (int i = 0; i < exampleShape.length; i++) {
                shape[i + 1] = exampleShape[i];
            }
            return Nd4j.create(DataType.FLOAT, shape);
        });
    }
}
