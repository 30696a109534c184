package org.ganlab.app.services;

import java.util.List;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import org.ganlab.engine.train.TrainingEvent;

/**
 * Moves the trainer's events to the view-models on the FX thread: on a pulse, everything queued
 * since the last drain is handed over as one batch. Draining at most every {@code periodNanos}
 * (100 ms in the app) coalesces many iterations into one update and leaves the pulses in between
 * free, so the window costs the trainer almost nothing.
 */
public final class EventPump extends AnimationTimer {

    private static final long SECOND = 1_000_000_000L;

    private final Trainer trainer;
    private final Consumer<List<TrainingEvent>> sink;
    private final Runnable everySecond;
    private final long periodNanos;
    private long lastDrain;
    private long lastSecond;

    public EventPump(Trainer trainer, Consumer<List<TrainingEvent>> sink, Runnable everySecond,
                     long periodNanos) {
        this.trainer = trainer;
        this.sink = sink;
        this.everySecond = everySecond;
        this.periodNanos = periodNanos;
    }

    @Override
    public void handle(long now) {
        if (now - lastDrain >= periodNanos) {
            lastDrain = now;
            List<TrainingEvent> batch = trainer.drain();
            if (!batch.isEmpty()) {
                sink.accept(batch);
            }
        }
        if (now - lastSecond >= SECOND) {
            lastSecond = now;
            everySecond.run();
        }
    }
}
