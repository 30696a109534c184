package org.ganlab.engine.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reused buffers of one shape, one per batch size. Training sees few sizes (the batch, the last
 * partial batch, twice the batch for a stacked D pass, the sample grid), so layers and the
 * trainer allocate off-heap memory once instead of every iteration, which was the main cost of
 * naive ND4J code.
 *
 * <p>Only the buffers of the {@link #KEPT} most recently used sizes are kept, so that generating
 * at many sizes (the app's Generate view) does not grow memory without bound. A size used again
 * after it was dropped gets a new, zeroed buffer: callers write a buffer fully before they read
 * it, and may not rely on a buffer keeping its contents.
 *
 * <p>Layers take their buffers {@link #like} their input, so a network built in double (the
 * gradient checks) computes in double throughout; training runs in float.
 */
public final class BatchBuffers {

    /**
     * Sizes kept: a D that sees 2n (its stacked step) and n (G's step) keeps both; the sample
     * grid or the last partial batch then costs one allocation per epoch, not one per iteration.
     */
    public static final int KEPT = 2;

    private final int[] exampleShape;
    private final RecentArrays<INDArray> byBatch = new RecentArrays<>(KEPT, this::allocate);

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

    /** One example's shape: the buffers' shape without the batch dimension. */
    public int[] exampleShape() {
        return exampleShape.clone();
    }

    /** How many sizes' buffers are held now: at most {@link #KEPT}. */
    int held() {
        return byBatch.size();
    }

    private INDArray get(long batch, DataType type) {
        return byBatch.get(batch << 8 | type.ordinal());
    }

    private INDArray allocate(long key) {
        long[] shape = new long[exampleShape.length + 1];
        shape[0] = key >>> 8;
        for (int i = 0; i < exampleShape.length; i++) {
            shape[i + 1] = exampleShape[i];
        }
        return Nd4j.create(DataType.values()[(int) (key & 0xFF)], shape);
    }
}
