package org.ganlab.app.services;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands values from a busy worker thread to the UI thread without flooding it: however often
 * {@link #offer} is called, at most one hand-over is queued on {@code target}, and it delivers
 * the latest value. Progress reports of a loader call it once per file.
 */
public final class LatestOnly<T> {

    private final Executor target;
    private final Consumer<T> sink;
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final AtomicBoolean queued = new AtomicBoolean();

    public LatestOnly(Executor target, Consumer<T> sink) {
        this.target = target;
        this.sink = sink;
    }

    /** Any thread. */
    public void offer(T value) {
        latest.set(value);
        if (queued.compareAndSet(false, true)) {
            target.execute(() -> {
                queued.set(false);
                T v = latest.getAndSet(null);
                if (v != null) {
                    sink.accept(v);
                }
            });
        }
    }
}
