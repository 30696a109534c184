package org.ganlab.engine.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import org.ganlab.engine.train.GanTrainer;
import org.ganlab.engine.train.Samples;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;
import org.ganlab.engine.train.TrainingListener;

/**
 * A handle on one training run that trains on its own thread. Every method is safe to call from
 * any thread and returns at once: pause, resume, step and stop are requests that the training
 * loop honours between iterations.
 *
 * <pre>{@code
 * TrainingRun run = TrainingRun.start(TrainingConfig.defaults(), Path.of("runs/first"), event -> ...);
 * run.pause(); run.step(); run.resume();
 * run.update(run.config().withLearningRateG(1e-4));   // applies at the next iteration
 * run.stop(); run.awaitTermination(Duration.ofSeconds(10));
 * }</pre>
 */
public final class TrainingRun {

    private final TrainingLoop loop;
    private final Thread thread;

    private TrainingRun(TrainingLoop loop) {
        this.loop = loop;
        this.thread = new Thread(loop, "ganlab-trainer");
        this.thread.setDaemon(true);
    }

    /**
     * Starts a new run that writes its folder (config, metrics, snapshots, GIF, checkpoint) to
     * {@code runDir}. Failures while loading data or building the model arrive as
     * {@link TrainingEvent.RunFailed}, not as exceptions.
     */
    public static TrainingRun start(TrainingConfig config, Path runDir, TrainingListener listener) {
        return start(config, runDir, listener, System::nanoTime);
    }

    /** Like {@link #start(TrainingConfig, Path, TrainingListener)} with a clock for periodic checkpoints (tests). */
    static TrainingRun start(TrainingConfig config, Path runDir, TrainingListener listener, LongSupplier nanoClock) {
        TrainingRun run = new TrainingRun(TrainingLoop.fresh(config, runDir, listener, nanoClock));
        run.thread.start();
        return run;
    }

    /**
     * Continues a saved run exactly where its checkpoint left off.
     *
     * @param epochs total epochs to reach; 0 keeps the saved config's epochs
     * @throws IOException when the folder holds no readable checkpoint (the message says why)
     */
    public static TrainingRun continueFrom(Path runDir, int epochs, TrainingListener listener)
            throws IOException {
        return continueFrom(runDir, saved -> epochs > 0 ? saved.withEpochs(epochs) : saved, listener);
    }

    /**
     * Continues a saved run exactly where its checkpoint left off, with the saved config changed
     * only by {@code changes} (e.g. {@code c -> c.withEpochs(30)}; {@code c -> c} keeps it all).
     * Nothing in the folder changes before the checks pass.
     *
     * @throws IOException when the folder holds no readable checkpoint, or a checkpoint of another
     *         run (the message names the file and says why)
     * @throws IllegalArgumentException when {@code changes} alter what the checkpoint fixes (data
     *         set, model, loss, batch size, latent size, hidden units, seed, subset)
     */
    public static TrainingRun continueFrom(Path runDir, UnaryOperator<TrainingConfig> changes, TrainingListener listener)
            throws IOException {
        TrainingRun run = new TrainingRun(TrainingLoop.continued(runDir, changes, listener, System::nanoTime));
        run.thread.start();
        return run;
    }

    /** Pauses before the next iteration. */
    public void pause() {
        loop.control().pause();
    }

    /** Continues a paused run. */
    public void resume() {
        loop.control().resume();
    }

    /** Runs exactly one iteration of a paused run, then pauses again. Ignored while running. */
    public void step() {
        loop.control().step();
    }

    /** Stops after the current iteration; the loop saves a checkpoint and emits {@code Stopped}. */
    public void stop() {
        loop.control().stop();
    }

    /**
     * Changes live hyperparameters from the next iteration on.
     *
     * @throws IllegalArgumentException when {@code config} changes a structural field
     *         (data set, model, loss, batch size, latent size, seed or subset)
     */
    public void update(TrainingConfig config) {
        if (!config.sameStructure(loop.control().config())) {
            throw new IllegalArgumentException(
                    "data set, model, loss, batch size, latent size, hidden units, seed and subset need a new run");
        }
        loop.control().update(config);
    }

    /** The config in force (the latest accepted by {@link #update}). */
    public TrainingConfig config() {
        return loop.control().config();
    }

    public Path runDir() {
        return loop.runDir();
    }

    public boolean isPaused() {
        return loop.control().isPaused();
    }

    public boolean isAlive() {
        return thread.isAlive();
    }

    /**
     * Draws {@code count} images from the current generator for the given noise
     * ({@code count * latentSize} values), between two iterations. Like every request here, fails
     * at once ("the run has ended; ...") once the run has ended.
     */
    public CompletableFuture<Samples> generate(float[] latent, int count) {
        return onTrainingThread(trainer -> trainer.generate(latent, count));
    }

    /**
     * Like {@link #generate(float[], int)}, example i of class {@code labels[i]} (conditional
     * models); null labels draw the classes in turn. Unconditional models ignore the labels.
     */
    public CompletableFuture<Samples> generate(float[] latent, int[] labels, int count) {
        return onTrainingThread(trainer -> trainer.generate(latent, labels, count));
    }

    /**
     * Saves a checkpoint (and the GIF) between two iterations without stopping, e.g. for "Save
     * run"; completes with the checkpoint file, or exceptionally with the I/O error.
     */
    public CompletableFuture<Path> saveCheckpoint() {
        return loop.control().requestSave();
    }

    /** D's output on a set of 2-D points (toy runs), for a decision-surface heat map. */
    public CompletableFuture<float[]> discriminatorAt(float[] points) {
        return onTrainingThread(trainer -> trainer.discriminatorAt(points));
    }

    /** Where G's loss pushes each of a set of generated 2-D points (toy runs). */
    public CompletableFuture<float[]> generatorPush(float[] points) {
        return onTrainingThread(trainer -> trainer.generatorPush(points));
    }

    /** Runs {@code work} with the trainer between two iterations; tests inject faults this way. */
    <T> CompletableFuture<T> onTrainingThread(java.util.function.Function<GanTrainer, T> work) {
        return loop.control().request(work);
    }

    /** Waits for the training thread and the event thread to end. */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        thread.join(timeout.toMillis());
        return !thread.isAlive() && loop.events().awaitDrained(1, TimeUnit.SECONDS);
    }
}
