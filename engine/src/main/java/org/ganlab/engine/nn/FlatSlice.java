package org.ganlab.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A run of consecutive values in a network's flat array, handed out as views with any shape.
 * Views share memory with the flat array: an optimiser step on the flat array moves every layer.
 */
public final class FlatSlice {

    private final INDArray flat;
    private long offset;

    FlatSlice(INDArray flat) {
        this.flat = flat;
    }

    /** The next {@code product(shape)} values as a C-order view of that shape. */
    public INDArray take(long... shape) {
        long length = 1;
        for (long s : shape) {
            length *= s;
        }
        long[] strides = new long[shape.length];
        long stride = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            strides[i] = stride;
            stride *= shape[i];
        }
        INDArray view = Nd4j.create(flat.data(), shape, strides, flat.offset() + offset, 'c');
        offset += length;
        return view;
    }
}
