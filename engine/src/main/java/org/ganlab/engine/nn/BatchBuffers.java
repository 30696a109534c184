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
 *
 * <p>Layers take their buffers {@link #like} their input, so a network built in double (the
 * gradient checks) computes in double throughout; training runs in float.
 */
public final class BatchBuffers {

    private final int[] exampleShape;
    private final Map<Long, INDArray> byBatch = new HashMap<>();

    public BatchBuffers(int... exampleShape) {
        this.exampleShape = exampleShape.clone();
    }

    /** The float {@code [batch, exampleShape...]} buffer, allocated on first use. */
    public INDArray get(long batch) {
        return get(batch, DataType.FLOAT);
    }

    /** The buffer for a batch as large as {@code batch}'s, in its data type. */
    public INDArray like(INDArray batch) {
        return get(batch.size(0), batch.dataType());
    }

    private INDArray get(long batch, DataType type) {
        return byBatch.computeIfAbsent(batch << 8 | type.ordinal(), key -> {
            long[] shape = new long[exampleShape.length + 1];
            shape[0] = batch;
            for (int i = 0; i < exampleShape.length; i++) {
                shape[i + 1] = exampleShape[i];
            }
            return Nd4j.create(type, shape);
        });
    }
}
