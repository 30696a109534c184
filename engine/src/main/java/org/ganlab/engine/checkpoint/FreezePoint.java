package org.ganlab.engine.checkpoint;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A test hook for crash tests: with {@code -Dganlab.test.freezeAt=checkpoint-write:N} the N-th
 * checkpoint write stops half-way, its temporary file partly on disk, and the thread sleeps so
 * that the test can kill the process at exactly that moment. Does nothing without the property.
 */
public final class FreezePoint {

    public static final String PROPERTY = "ganlab.test.freezeAt";
    /** Logged when frozen; the test waits for this text in the process's output. */
    public static final String FROZEN = "Frozen for a crash test at ";
    private static final Logger LOG = LoggerFactory.getLogger(FreezePoint.class);
    private static final AtomicInteger REACHED = new AtomicInteger();

    private FreezePoint() {
    }

    /** Marks point {@code name}; when it is the one to freeze at, flushes {@code partial} to disk first. */
    public static void reach(String name, OutputStream partial) throws IOException {
        String spec = System.getProperty(PROPERTY);
        if (spec == null || !spec.startsWith(name + ":")
                || REACHED.incrementAndGet() != Integer.parseInt(spec.substring(name.length() + 1))) {
            return;
        }
        partial.flush();
        LOG.warn(FROZEN + spec);
        while (true) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                // Only the kill ends this.
            }
        }
    }
}
