package org.ganlab.engine.nn;

import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;

/**
 * A float array's native memory as a {@link FloatBuffer}, for the passes the engine runs in Java
 * ({@link FusedAdam}, {@link FloatBatchNorm}): element i of the buffer is element i of the array
 * in 'c' order.
 */
final class NativeFloats {

    private NativeFloats() {
    }

    /** Whether {@link #of} can view the array: float, dense and in 'c' order (a view at an offset is fine). */
    static boolean supports(INDArray array) {
        return array.dataType() == DataType.FLOAT && array.ordering() == 'c' && Shape.hasDefaultStridesForShape(array);
    }

    /** The array's elements, in the machine's byte order (ND4J's). */
    static FloatBuffer of(INDArray array) {
        FloatBuffer all = array.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
        int from = (int) array.offset();
        return all.position(from).limit(from + (int) array.length()).slice();
    }
}
