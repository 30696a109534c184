package org.ganlab.app.services;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ganlab.engine.train.Samples;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;
import org.ganlab.engine.run.TrainingRun;

/**
 * Runs the engine's {@link TrainingRun}. The engine calls the listener on its event thread; the
 * listener only enqueues, and the FX pulse drains the queue in one batch. Each run gets its own
 * queue, so events of an abandoned run never reach the window.
 */
public final class TrainingService implements Trainer {

    private volatile TrainingRun run;
    /** Runs abandoned by Reset that may still be saving: exit and the next start wait for them. */
    private final List<TrainingRun> abandoned = new CopyOnWriteArrayList<>();
    private volatile ConcurrentLinkedQueue<TrainingEvent> queue = new ConcurrentLinkedQueue<>();

    @Override
    public synchronized void start(TrainingConfig config, Path runDir) {
        ConcurrentLinkedQueue<TrainingEvent> q = freshQueue();
        run = TrainingRun.start(config, runDir, q::add);
    }

    @Override
    public synchronized void continueFrom(Path runDir, int epochs) throws IOException {
        ConcurrentLinkedQueue<TrainingEvent> q = freshQueue();
        run = TrainingRun.continueFrom(runDir, epochs, q::add);
    }

    private ConcurrentLinkedQueue<TrainingEvent> freshQueue() {
        if (run != null && run.isAlive()) {
            throw new IllegalStateException("a run is still training");
        }
        abandoned.removeIf(r -> !r.isAlive());
        if (!abandoned.isEmpty()) {
            throw new IllegalStateException("the previous run is still saving its checkpoint: try again in a moment");
        }
        queue = new ConcurrentLinkedQueue<>();
        return queue;
    }

    @Override
    public void pause() {
        ifRunning(TrainingRun::pause);
    }

    @Override
    public void resume() {
        ifRunning(TrainingRun::resume);
    }

    @Override
    public void step() {
        ifRunning(TrainingRun::step);
    }

    @Override
    public void stop() {
        ifRunning(TrainingRun::stop);
    }

    @Override
    public void update(TrainingConfig config) {
        ifRunning(r -> r.update(config));
    }

    @Override
    public synchronized void abandon() {
        TrainingRun r = run;
        if (r != null && r.isAlive()) {
            r.stop();
            abandoned.add(r);
        }
        queue = new ConcurrentLinkedQueue<>();
        run = null;
    }

    @Override
    public boolean isAlive() {
        TrainingRun r = run;
        return r != null && r.isAlive();
    }

    @Override
    public boolean anyRunAlive() {
        abandoned.removeIf(r -> !r.isAlive());
        return isAlive() || !abandoned.isEmpty();
    }

    @Override
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        List<TrainingRun> all = new ArrayList<>(abandoned);
        TrainingRun current = run;
        if (current != null) {
            all.add(current);
        }
        boolean ended = true;
        for (TrainingRun r : all) {
            long left = Math.max(1, (end - System.nanoTime()) / 1_000_000L);
            ended &= r.awaitTermination(Duration.ofMillis(left));
        }
        abandoned.removeIf(r -> !r.isAlive());
        return ended;
    }

    @Override
    public CompletableFuture<Samples> generate(float[] latent, int[] labels, int count) {
        TrainingRun r = run;
        return r == null || !r.isAlive() ? notRunning() : r.generate(latent, labels, count);
    }

    @Override
    public CompletableFuture<float[]> discriminatorAt(float[] points) {
        TrainingRun r = run;
        return r == null || !r.isAlive() ? notRunning() : r.discriminatorAt(points);
    }

    @Override
    public CompletableFuture<float[]> generatorPush(float[] points) {
        TrainingRun r = run;
        return r == null || !r.isAlive() ? notRunning() : r.generatorPush(points);
    }

    private static <T> CompletableFuture<T> notRunning() {
        return CompletableFuture.failedFuture(new IllegalStateException("no run is training"));
    }

    @Override
    public List<TrainingEvent> drain() {
        ConcurrentLinkedQueue<TrainingEvent> q = queue;
        List<TrainingEvent> batch = new ArrayList<>();
        for (TrainingEvent e; (e = q.poll()) != null; ) {
            batch.add(e);
        }
        return batch;
    }

    private void ifRunning(java.util.function.Consumer<TrainingRun> action) {
        TrainingRun r = run;
        if (r != null && r.isAlive()) {
            action.accept(r);
        }
    }
}
