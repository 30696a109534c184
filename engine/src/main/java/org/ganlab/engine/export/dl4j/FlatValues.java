package org.ganlab.engine.export.dl4j;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reads one of a network's flat arrays (parameters or running statistics) front to back, in the
 * order the layers bound their slices of it, as C-order float arrays of the shapes the layers use.
 */
final class FlatValues {

    private final float[] values;
    private int offset;

    FlatValues(INDArray flat) {
        this.values = flat.toFloatVector();
    }

    /** The next {@code product(shape)} values, as a new array (not a view of the network). */
    INDArray take(long... shape) {
        long length = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        if (offset + length > values.length) {
            throw new IllegalStateException("the network's flat array holds " + values.length
                    + " values; its layers ask for more");
        }
        float[] part = Arrays.copyOfRange(values, offset, offset + (int) length);
        offset += (int) length;
        return Nd4j.create(part, shape, 'c');
    }

    /** True when every value has been taken: the layers and the flat array agree. */
    boolean exhausted() {
        return offset == values.length;
    }
}
