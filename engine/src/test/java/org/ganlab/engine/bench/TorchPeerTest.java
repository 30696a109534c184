package org.ganlab.engine.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TorchPeerTest {

    @Test
    void readsThePeersResultLine() {
        TorchPeer.Result r = TorchPeer.parse("torch dcgan batch=64 ms_per_iter=153.25 threads=1\n").orElseThrow();
        assertEquals("dcgan", r.model());
        assertEquals(64, r.batch());
        assertEquals(153.25, r.millisPerIteration());
        assertEquals(1, r.threads());
        assertEquals("torch dcgan batch=64 ms_per_iter=153.25 threads=1", r.line());
    }

    @Test
    void otherLinesAreNoResult() {
        assertTrue(TorchPeer.parse("Traceback (most recent call last):").isEmpty());
        assertTrue(TorchPeer.parse("torch mlp batch=64").isEmpty());
        assertTrue(TorchPeer.parse("ganlab mlp batch=64 ms_per_iter=3.0 threads=1").isEmpty());
    }
}
