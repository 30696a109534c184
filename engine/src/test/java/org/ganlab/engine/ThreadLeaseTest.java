package org.ganlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Concurrent runs (the app's main run and the 2-D lab) never change each other's thread count. */
class ThreadLeaseTest {

    @BeforeAll
    static void backend() {
        Backend.initialize();
    }

    @Test
    void aSecondRunTrainsWithTheSettingTheFirstChose() {
        int all = Backend.threadsFor(Long.MAX_VALUE);
        org.junit.jupiter.api.Assumptions.assumeTrue(all > 1, "needs a machine with two or more cores");
        try (Backend.ThreadLease small = Backend.leaseThreadsFor(1_000)) {
            assertEquals(1, small.threads(), "a small model trains on one thread");
            try (Backend.ThreadLease large = Backend.leaseThreadsFor(10_000_000)) {
                assertEquals(1, large.threads(), "the large one joins the running small one's setting");
                assertEquals(1, Backend.currentThreads(), "and the small run keeps its single thread");
            }
            assertEquals(1, Backend.currentThreads());
        }
        try (Backend.ThreadLease large = Backend.leaseThreadsFor(10_000_000)) {
            assertEquals(all, large.threads(), "with no run active, a large model gets every thread");
        }
    }
}
