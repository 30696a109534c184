package org.ganlab.engine.nn;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reused buffers of one shape, one per batch size. Training sees at most a few sizes (the batch,
 * the last partial batch, the sample grid), so layers and the trainer allocate off-heap memory
 * once instead of every iteration, which was the main cost of naive ND4J code.
 */
public final class BatchBuffers {

    private final int[] exampleShape;
    private final Map<Integer, INDArray> byBatch = new HashMap<>();

    public BatchBuffers(int... exampleShape) {
        this.exampleShape = exampleShape.clone();
    }

    /** The {@code [batch, exampleShape...]} buffer, allocated on first use. */
    public INDArray get(long batch) {
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
