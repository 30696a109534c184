package org.ganlab.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.ganlab.engine.Backend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A layer keeps buffers for a bounded number of batch sizes, however many it has seen. */
class BatchBuffersTest {

    @BeforeAll
    static void backend() {
        Backend.initialize();
    }

    @Test
    void generatingAtManySizesKeepsOnlyTheLastFewSizesBuffers() {
        BatchBuffers buffers = new BatchBuffers(3, 2);
        for (int n = 1; n <= 20; n++) {
            buffers.get(n);
            assertEquals(Math.min(n, BatchBuffers.KEPT), buffers.held(), "buffers held after " + n + " sizes");
        }
    }

    @Test
    void theSizesInUseKeepTheirBuffersAndADroppedSizeGetsAFreshZeroedOne() {
        BatchBuffers buffers = new BatchBuffers(4);
        INDArray batch = buffers.get(64);
        INDArray stacked = buffers.get(128);
        for (int step = 0; step < 5; step++) {
            assertSame(batch, buffers.get(64), "step " + step);
            assertSame(stacked, buffers.get(128), "step " + step);
        }
        batch.assign(7);
        buffers.get(100);    // the sample grid: drops the least recently used size, 64
        assertSame(stacked, buffers.get(128));
        INDArray again = buffers.get(64);
        assertNotSame(batch, again);
        assertEquals(0, again.sumNumber().doubleValue(), "a new buffer starts at zero");
        assertEquals(7 * 64 * 4, batch.sumNumber().doubleValue(), "the dropped buffer stays valid for whoever holds it");
    }

    @Test
    void sizesOfAnotherDataTypeHaveTheirOwnBuffers() {
        BatchBuffers buffers = new BatchBuffers(2);
        INDArray single = buffers.like(Nd4j.create(DataType.FLOAT, 5, 2));
        INDArray twice = buffers.like(Nd4j.create(DataType.DOUBLE, 5, 2));
        assertEquals(DataType.FLOAT, single.dataType());
        assertEquals(DataType.DOUBLE, twice.dataType());
        assertEquals(5, twice.size(0));
        assertSame(single, buffers.get(5));
    }
}
