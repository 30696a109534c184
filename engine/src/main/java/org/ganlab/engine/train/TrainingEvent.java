package org.ganlab.engine.train;

import java.nio.file.Path;
import org.ganlab.engine.diagnosis.Diagnosis;

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
     * @param gradNormD L2 norm of D's parameter gradient in this iteration's D step (before the
     *                  optimiser turns it into an update); NaN when unknown (older metrics.csv)
     * @param gradNormG the same for G's latest generator step, like {@code gLoss}; NaN before
     *                  the first G step after a start or a restore
     */
    record StepCompleted(long iteration, int epoch, double dLoss, double gLoss,
                         double dReal, double dFake, double millis, double gradNormD, double gradNormG)
            implements TrainingEvent {

        /** A step without gradient norms (replayed from an older metrics.csv, or in tests). */
        public StepCompleted(long iteration, int epoch, double dLoss, double gLoss,
                             double dReal, double dFake, double millis) {
            this(iteration, epoch, dLoss, gLoss, dReal, dFake, millis, Double.NaN, Double.NaN);
        }
    }

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

    /**
     * How varied the run's fixed-noise samples are at a snapshot, against real data: the mean
     * pairwise L2 distance between the snapshot's samples and the same measure on a fixed set of
     * real examples (the first batch of the data set). A collapsing generator's figure falls
     * towards 0 while the real one stays. For 2-D runs also the distribution's modes the
     * snapshot's points cover ({@code toy.ModeCoverage}); {@code modes} is 0 for image runs. Published
     * just before the snapshot's {@link SamplesGenerated}.
     *
     * @param samples      mean pairwise distance of the samples (pixels or 2-D coordinates)
     * @param real         the same measure on real examples, fixed for the run
     * @param modesCovered modes with enough samples near them; 0 when {@code modes} is 0
     * @param modes        modes the 2-D distribution has; 0 for image data
     * @param change       mean distance each fixed-noise sample moved since the previous snapshot,
     *                     as a share of {@code real}; NaN at the run's first snapshot
     */
    record DiversityMeasured(long iteration, double samples, double real, int modesCovered, int modes, double change)
            implements TrainingEvent {

        /** samples / real: 1 is as varied as the data, near 0 is collapsed; NaN when real is 0. */
        public double ratio() {
            return real > 0 ? samples / real : Double.NaN;
        }
    }

    /**
     * The training doctor found something wrong (see {@code org.ganlab.engine.doctor}); the
     * diagnosis is ongoing ({@code endIteration} -1) and {@code iteration} is the one at which
     * the doctor decided, at or after {@code diagnosis.startIteration()}.
     */
    record DiagnosisStarted(long iteration, Diagnosis diagnosis) implements TrainingEvent {}

    /** A diagnosis ended: {@code diagnosis} is the started one with its end iteration and final evidence. */
    record DiagnosisEnded(long iteration, Diagnosis diagnosis) implements TrainingEvent {}

    /**
     * The doctor's current one-line state: the most severe ongoing diagnosis, or one of kind
     * HEALTHY when nothing is wrong. Published when it changes and at every snapshot.
     */
    record Verdict(long iteration, Diagnosis current) implements TrainingEvent {}

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
