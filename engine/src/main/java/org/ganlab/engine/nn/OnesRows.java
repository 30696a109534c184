package org.ganlab.engine.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A {@code [1, n]} row of ones per length and data type, for summing over a batch with a GEMM.
 * A few recent lengths are kept (BatchNorm asks for its spatial size and two batch sizes).
 */
final class OnesRows {

    private static final int KEPT = 4;

    private final RecentArrays<INDArray> rows = new RecentArrays<>(KEPT,
            key -> Nd4j.ones(DataType.values()[(int) (key & 0xFF)], 1, key >>> 8));

    INDArray get(long n, DataType type) {
        return rows.get(n << 8 | type.ordinal());
    }
}
