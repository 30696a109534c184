package org.ganlab.engine.train;

import java.nio.file.Path;

/**
 * What a training run reports, in the order it happens. Events are immutable and carry only plain
 * values, so a listener may keep them or hand them to another thread.
 *
 * <p>Iterations count completed training iterations from 1; epochs count from 1. One iteration
 * is one discriminator step on a real and a fake batch, plus a generator step on every
 * {@code dStepsPerGStep}-th iteration.
 */
public sealed interface TrainingEvent {

    /** The iteration the event belongs to (the last completed one). */
    long iteration();

    /**
     * The run began (or continued from a checkpoint at {@code startIteration}).
     *
     * @param backend          e.g. "CPU (oneDNN, 2 threads)" or "CUDA: GeForce ..."
     * @param batchesPerEpoch  iterations in one epoch
     * @param totalIterations  iterations when every epoch has run
     */
    record RunStarted(long iteration, Path runDir, TrainingConfig config, String backend,
                      int batchesPerEpoch, long totalIterations, long startIteration)
            implements TrainingEvent {}

    /**
     * One iteration finished.
     *
     * @param dLoss  discriminator loss (real + fake halves)
     * @param gLoss  generator loss of the latest generator step
     * @param dReal  mean D(x) over the real batch, a probability for BCE-type losses
     * @param dFake  mean D(G(z)) over the fake batch, before D's update
     * @param millis wall time of the iteration in milliseconds
     */
    record StepCompleted(long iteration, int epoch, double dLoss, double gLoss,
                         double dReal, double dFake, double millis) implements TrainingEvent {}

    /** A grid of samples from the run's fixed noise; {@code epochEnd} when taken at an epoch's end. */
    record SamplesGenerated(long iteration, int epoch, boolean epochEnd, Samples samples)
            implements TrainingEvent {}

    /**
     * Quality metrics of the generator at the end of an epoch (every {@code metricsEvery}-th), on
     * {@code QualityMetrics.DEFAULT_SAMPLES} samples against the data set's test split.
     *
     * @param fid         Fréchet distance on the domain classifier's features; lower is better
     * @param coverage    classes predicted for at least 2% of the samples, of {@code classShares.length}
     * @param score       classifier score (like the Inception Score), 1..classes; higher is better
     * @param classShares per class, the share of samples predicted as it (sums to 1); never modified
     * @param collapsed   true when coverage fell to half the classes or fewer, or one class holds
     *                    more than half the samples: the app shows a mode-collapse warning
     */
    record MetricsComputed(long iteration, int epoch, double fid, int coverage, double score,
                           double[] classShares, boolean collapsed) implements TrainingEvent {

        public MetricsComputed {
            classShares = classShares.clone();
        }
    }

    /** A checkpoint was written atomically to {@code file}. */
    record CheckpointSaved(long iteration, int epoch, Path file) implements TrainingEvent {}

    /** Live hyperparameters changed; they apply from iteration {@code iteration + 1}. */
    record ConfigChanged(long iteration, TrainingConfig config) implements TrainingEvent {}

    /**
     * Something a person should know that does not stop the run, e.g. that a resumed run trains
     * on other data than its checkpoint did.
     *
     * @param message one line for a person
     */
    record WarningIssued(long iteration, String message) implements TrainingEvent {}

    /**
     * Work that holds training up, or runs beside it, began: {@code what} names it for a person,
     * one of the constants below. An {@link ActivityFinished} with the same {@code what} follows,
     * also when the work failed.
     */
    record ActivityStarted(long iteration, String what) implements TrainingEvent {
        public static final String SAVING_CHECKPOINT = "saving checkpoint";
        public static final String WRITING_GIF = "writing progress.gif";
        public static final String TRAINING_CLASSIFIER = "training the metrics classifier";
        public static final String COMPUTING_METRICS = "computing quality metrics";
    }

    /** The activity {@code what} of the latest {@link ActivityStarted} of that name ended. */
    record ActivityFinished(long iteration, String what) implements TrainingEvent {}

    record Paused(long iteration) implements TrainingEvent {}

    record Resumed(long iteration) implements TrainingEvent {}

    /** Stopped on request before the last epoch; the run folder holds everything up to here. */
    record Stopped(long iteration, int epoch, Path runDir) implements TrainingEvent {}

    /** Every epoch ran. */
    record RunFinished(long iteration, int epoch, Path runDir) implements TrainingEvent {}

    /**
     * Training stopped because of an error (NaN loss, unwritable disk, bad data ...).
     *
     * @param message one line for a person: what went wrong and what was kept
     */
    record RunFailed(long iteration, String message, Throwable cause) implements TrainingEvent {}

    /** True for the events after which the run's thread has ended. */
    default boolean isTerminal() {
        return this instanceof Stopped || this instanceof RunFinished || this instanceof RunFailed;
    }
}
