package org.ganlab.app.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.ganlab.app.services.Trainer;
import org.ganlab.engine.train.Samples;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;

/** Records what the view-model asked for; tests feed events by hand. */
public final class FakeTrainer implements Trainer {

    public final List<String> calls = new ArrayList<>();
    public final List<TrainingConfig> updates = new ArrayList<>();
    public TrainingConfig started;
    public Path startedDir;
    public boolean alive;
    /** Generate 2-D points (x = y = {@link #pointValue}) instead of 28×28 images. */
    public boolean points;
    public float pointValue = 1f;
    /** Leave the futures of generate/discriminatorAt/generatorPush incomplete, in {@link #held}. */
    public boolean hold;
    public final List<Runnable> held = new ArrayList<>();
    public int generateCalls;
    /** Every generate request, oldest first. */
    public final List<Request> generated = new ArrayList<>();

    /** What a generate request asked for; null labels: the classes in turn. */
    public record Request(int count, int[] labels) {}

    @Override
    public void start(TrainingConfig config, Path runDir) {
        calls.add("start");
        started = config;
        startedDir = runDir;
        alive = true;
    }

    /** When set, continueFrom fails with this message, as a damaged checkpoint does. */
    public String continueFails;

    @Override
    public void continueFrom(Path runDir, int epochs) throws java.io.IOException {
        if (continueFails != null) {
            throw new java.io.IOException(continueFails);
        }
        calls.add("continue " + epochs);
        startedDir = runDir;
        alive = true;
    }

    @Override public void pause() { calls.add("pause"); }

    @Override public void resume() { calls.add("resume"); }

    @Override public void step() { calls.add("step"); }

    @Override public void stop() { calls.add("stop"); }

    @Override
    public void update(TrainingConfig config) {
        calls.add("update");
        updates.add(config);
    }

    @Override
    public void abandon() {
        calls.add("abandon");
        alive = false;
    }

    @Override
    public boolean isAlive() {
        return alive;
    }

    /** Abandoned runs still saving themselves: Reset and close wait for them. */
    public boolean saving;

    @Override
    public boolean anyRunAlive() {
        return alive || saving;
    }

    /** Answers at once: whether every run has ended (tests decide, by setting alive and saving). */
    @Override
    public boolean awaitStopped(java.time.Duration timeout) {
        calls.add("await");
        return !alive && !saving;
    }

    @Override
    public CompletableFuture<Samples> generate(float[] latent, int[] labels, int count) {
        generateCalls++;
        generated.add(new Request(count, labels));
        if (!points) {
            return answer(Events.samples(count, 0.5f));
        }
        float[] xy = new float[2 * count];
        java.util.Arrays.fill(xy, pointValue);
        return answer(new Samples(count, 1, 1, 2, xy));
    }

    /** D says x (its first coordinate) at every point. */
    @Override
    public CompletableFuture<float[]> discriminatorAt(float[] points) {
        float[] out = new float[points.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = points[2 * i];
        }
        return answer(out);
    }

    /** G is pushed towards the origin. */
    @Override
    public CompletableFuture<float[]> generatorPush(float[] points) {
        float[] out = new float[points.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = -points[i];
        }
        return answer(out);
    }

    private <T> CompletableFuture<T> answer(T value) {
        if (!hold) {
            return CompletableFuture.completedFuture(value);
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        held.add(() -> f.complete(value));
        return f;
    }

    /** Completes the held futures with what they would have returned. */
    public void release() {
        hold = false;
        List<Runnable> all = new ArrayList<>(held);
        held.clear();
        all.forEach(Runnable::run);
    }

    /** Events that {@link #drain()} hands over next (the engine's queue). */
    public final List<TrainingEvent> queued = new ArrayList<>();

    @Override
    public List<TrainingEvent> drain() {
        List<TrainingEvent> batch = List.copyOf(queued);
        queued.clear();
        return batch;
    }
}
