package org.ganlab.engine.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * BatchNorm's reused per-channel arrays: two vectors that per-channel values computed in Java
 * are copied into before a broadcast op or an in-place add, and a {@code [1, C]} row for GEMM
 * channel sums. Each op finishes before the next call, so a vector is free again once the op
 * that read it has run.
 */
final class ChannelVectors {

    private final DataType type;
    private final INDArray scale;
    private final INDArray shift;
    private final INDArray sums;
    private final float[] floats;

    ChannelVectors(DataType type, int channels) {
        this.type = type;
        this.scale = Nd4j.create(type, channels);
        this.shift = Nd4j.create(type, channels);
        this.sums = Nd4j.create(type, 1, channels);
        this.floats = new float[channels];
    }

    DataType type() {
        return type;
    }

    /** The first vector, holding {@code values}: a scale, or any values an op reads once. */
    INDArray scale(double[] values) {
        return fill(scale, values);
    }

    /** The second vector, holding {@code values}, for an op that reads two. */
    INDArray shift(double[] values) {
        return fill(shift, values);
    }

    /** The {@code [1, C]} row a GEMM writes channel sums into. */
    INDArray sums() {
        return sums;
    }

    /** Float values are rounded in Java, as the layer always has, so training runs repeat. */
    private INDArray fill(INDArray vector, double[] values) {
        if (type == DataType.FLOAT) {
            for (int i = 0; i < floats.length; i++) {
                floats[i] = (float) values[i];
            }
            vector.data().setData(floats);
        } else {
            vector.data().setData(values);
        }
        return vector;
    }
}
