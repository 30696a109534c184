package org.ganlab.engine.nn;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A {@code [1, n]} row of ones per batch size and data type, for summing over a batch with a GEMM. */
final class OnesRows {

    private final Map<Long, INDArray> rows = new HashMap<>();

    INDArray get(long n, DataType type) {
        return rows.computeIfAbsent(n << 8 | type.ordinal(), k -> Nd4j.ones(type, 1, n));
    }
}
