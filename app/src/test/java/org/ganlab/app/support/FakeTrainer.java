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

    @Override
    public void start(TrainingConfig config, Path runDir) {
        calls.add("start");
        started = config;
        startedDir = runDir;
        alive = true;
    }

    @Override
    public void continueFrom(Path runDir, int epochs) {
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

    @Override
    public CompletableFuture<Samples> generate(float[] latent, int count) {
        return CompletableFuture.completedFuture(Events.samples(count, 0.5f));
    }

    @Override
    public List<TrainingEvent> drain() {
        return List.of();
    }
}
