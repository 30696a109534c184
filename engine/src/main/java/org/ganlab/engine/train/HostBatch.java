package org.ganlab.engine.train;

import java.nio.ByteOrder;
import java.nio.FloatBuffer;
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
        // one bulk copy into the native buffer: DataBuffer.setData puts element by element
        FloatBuffer target = array.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
        int length = (int) array.length();
        int copied = Math.min(values.length, length);
        target.put(values, 0, copied);
        for (int i = copied; i < length; i++) {
            target.put(i, 0f);
        }
        return array;
    }
}
