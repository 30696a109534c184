package org.ganlab.app.services;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.ganlab.engine.train.Samples;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;

/**
 * What the training view-model asks of the engine: one run at a time (a new one is refused while
 * an abandoned one still saves itself), controlled by requests
 * that return at once, and its events collected for the next pulse. {@link TrainingService} is
 * the real one; view-model tests use a recording fake.
 */
public interface Trainer {

    /** Starts a new run writing to {@code runDir}. */
    void start(TrainingConfig config, Path runDir);

    /** Continues the run saved in {@code runDir} until {@code epochs}. */
    void continueFrom(Path runDir, int epochs) throws IOException;

    void pause();

    void resume();

    void step();

    void stop();

    /** Applies live hyperparameters at the next iteration; throws for structural changes. */
    void update(TrainingConfig config);

    /** Stops the current run (it still saves itself) and drops its remaining events. */
    void abandon();

    /** True while the current run's training thread runs. */
    boolean isAlive();

    /** True while the current run or one abandoned earlier still runs (an abandoned one is saving itself). */
    boolean anyRunAlive();

    /**
     * Waits, up to {@code timeout}, for the current and every abandoned run to end, their
     * checkpoints written. Never on the FX thread. @return true when every run has ended
     */
    boolean awaitStopped(java.time.Duration timeout) throws InterruptedException;

    /** Images from the current run's generator; fails when no run is alive. */
    default CompletableFuture<Samples> generate(float[] latent, int count) {
        return generate(latent, null, count);
    }

    /** Like {@link #generate(float[], int)}, image i of class {@code labels[i]}; null draws the classes in turn. */
    CompletableFuture<Samples> generate(float[] latent, int[] labels, int count);

    /** D's output at 2-D points (x0, y0, x1, y1, ...) of the current toy run; completes on the training thread. */
    CompletableFuture<float[]> discriminatorAt(float[] points);

    /** The direction G's loss moves each of a set of generated 2-D points; completes on the training thread. */
    CompletableFuture<float[]> generatorPush(float[] points);

    /** Every event that arrived since the last call, oldest first. */
    List<TrainingEvent> drain();
}
