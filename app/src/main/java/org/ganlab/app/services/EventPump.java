package org.ganlab.app.services;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.ganlab.engine.train.TrainingEvent;

/**
 * Moves the trainer's events to the view-models on the FX thread: every {@code periodNanos}
 * (100 ms in the app) everything queued since the last drain is handed over as one batch, and
 * once a second {@code everySecond} runs in the same hand-over, so the status bar's figures and
 * the charts it flushes change in one frame.
 *
 * <p>A small daemon thread keeps the time, not a JavaFX {@code AnimationTimer}: a running timer
 * keeps the toolkit pulsing 60 times a second for as long as the window is open, which woke the
 * FX thread ~100 times a second and took a core's slice from the trainer each time even when
 * nothing changed. Now nothing pulses unless a hand-over changes what is shown. At most one
 * hand-over waits on the FX thread at a time: while it is busy, events stay in the trainer's queue.
 */
public final class EventPump {

    private static final long SECOND = 1_000_000_000L;

    private final Trainer trainer;
    private final Consumer<List<TrainingEvent>> sink;
    private final Runnable everySecond;
    private final long periodNanos;
    private final Executor fx;
    private final LongSupplier clock;
    private final AtomicBoolean queued = new AtomicBoolean();
    private ScheduledExecutorService timer;
    private long lastSecond = Long.MIN_VALUE / 4;

    /** @param fx runs hand-overs on the UI thread ({@code Platform::runLater}) */
    public EventPump(Trainer trainer, Consumer<List<TrainingEvent>> sink, Runnable everySecond,
                     long periodNanos, Executor fx, LongSupplier nanoClock) {
        this.trainer = trainer;
        this.sink = sink;
        this.everySecond = everySecond;
        this.periodNanos = periodNanos;
        this.fx = fx;
        this.clock = nanoClock;
    }

    public synchronized void start() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "ganlab-pump");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(this::post, 0, periodNanos, TimeUnit.NANOSECONDS);
        }
    }

    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    /** Any thread: queues one hand-over on the UI thread unless one is still waiting there. */
    void post() {
        if (queued.compareAndSet(false, true)) {
            fx.execute(() -> {
                queued.set(false);
                handOver(clock.getAsLong());
            });
        }
    }

    /** UI thread: drains the trainer and, once a second, runs {@code everySecond}. */
    void handOver(long now) {
        List<TrainingEvent> batch = trainer.drain();
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
        if (now - lastSecond >= SECOND - periodNanos / 2) {
            lastSecond = now;
            everySecond.run();
        }
    }
}
