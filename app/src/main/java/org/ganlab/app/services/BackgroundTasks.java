package org.ganlab.app.services;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Work that must not run on the FX thread (file reading, exports, generating images): done on a
 * small pool, its result handed back through {@code callbacks} (the FX thread in the app, the
 * calling thread in tests). {@link #close()} cancels everything still queued.
 */
public final class BackgroundTasks implements AutoCloseable {

    private final Executor workers;
    private final Executor callbacks;

    public BackgroundTasks(Executor workers, Executor callbacks) {
        this.workers = workers;
        this.callbacks = callbacks;
    }

    /** Two daemon workers; results come back on {@code callbacks}, e.g. {@code Platform::runLater}. */
    public static BackgroundTasks pooled(Executor callbacks) {
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "ganlab-background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        return new BackgroundTasks(pool, callbacks);
    }

    /** Runs everything on the calling thread: for tests. */
    public static BackgroundTasks synchronous() {
        return new BackgroundTasks(Runnable::run, Runnable::run);
    }

    /** Ignored once {@link #close()}d: the window is going, nobody is left to see a result. */
    public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        if (workers instanceof ExecutorService pool && pool.isShutdown()) {
            return;
        }
        workers.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable t) {
                callbacks.execute(() -> failed.accept(t));
                return;
            }
            callbacks.execute(() -> done.accept(result));
        });
    }

    @Override
    public void close() {
        if (workers instanceof ExecutorService pool) {
            pool.shutdownNow();
        }
    }
}
