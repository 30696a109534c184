package org.ganlab.engine.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import org.ganlab.engine.Backend;
import org.ganlab.engine.checkpoint.Checkpoint;
import org.ganlab.engine.checkpoint.CheckpointFile;
import org.ganlab.engine.checkpoint.Provenance;
import org.ganlab.engine.data.DataFingerprint;
import org.ganlab.engine.doctor.DiagnosisLog;
import org.ganlab.engine.doctor.TrainingDoctor;
import org.ganlab.engine.metrics.EpochMetrics;
import org.ganlab.engine.model.ImageShape;
import org.ganlab.engine.train.GanTrainer;
import org.ganlab.engine.train.NonFiniteLossException;
import org.ganlab.engine.train.Samples;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingData;
import org.ganlab.engine.train.TrainingEvent;
import org.ganlab.engine.train.TrainingEvent.DiversityMeasured;
import org.ganlab.engine.train.TrainingEvent.MetricsComputed;
import org.ganlab.engine.train.TrainingEvent.SamplesGenerated;
import org.ganlab.engine.train.TrainingEvent.StepCompleted;
import org.ganlab.engine.train.TrainingListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The body of a run's training thread: load the data, build or restore the trainer, then step
 * until the last epoch or a stop, recording every step in the run folder and publishing it.
 * Snapshots every {@code snapshotEvery} iterations and at each epoch end; a checkpoint at each epoch
 * end, on stop and every {@code checkpointMinutes} within an epoch; the GIF (on its own thread, see
 * {@link ProgressGif}) at the end, on stop and on a save request. Any failure ends the run with a
 * {@code RunFailed} event whose message names the cause; files already written stay as they were.
 */
final class TrainingLoop implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingLoop.class);

    private final Path runDir;
    private final Checkpoint resumeFrom;
    private final RunControl control;
    private final EventDispatcher events;
    private GanTrainer trainer;
    private RunFolder folder;
    private ChangeLog changes;
    private ProgressGif gif;
    private ImageShape imageShape;
    private int classCount;
    private String backend;
    private Backend.ThreadLease threads;
    private long lastCheckpointIteration = -1;
    private final EpochMetrics epochMetrics = new EpochMetrics();
    private final CheckpointTimer checkpointTimer;
    private DataFingerprint dataFingerprint;
    private RunDoctor doctor;

    private TrainingLoop(TrainingConfig config, Path runDir, Checkpoint resumeFrom, TrainingListener listener,
                         LongSupplier nanoClock) {
        this.runDir = runDir;
        this.resumeFrom = resumeFrom;
        this.control = new RunControl(config);
        this.events = new EventDispatcher(listener);
        this.checkpointTimer = new CheckpointTimer(nanoClock);
        if (resumeFrom != null) {
            lastCheckpointIteration = resumeFrom.state().iteration();
        }
    }

    static TrainingLoop fresh(TrainingConfig config, Path runDir, TrainingListener listener, LongSupplier nanoClock) {
        return new TrainingLoop(config, runDir, null, listener, nanoClock);
    }

    /** @throws IllegalArgumentException when {@code changes} alter what the checkpoint fixes */
    static TrainingLoop continued(Path runDir, UnaryOperator<TrainingConfig> changes, TrainingListener listener,
                                  LongSupplier nanoClock) throws IOException {
        Resumption resumption = Resumption.of(runDir, changes);
        return new TrainingLoop(resumption.config(), runDir, resumption.checkpoint(), listener, nanoClock);
    }

    RunControl control() {
        return control;
    }

    EventDispatcher events() {
        return events;
    }

    Path runDir() {
        return runDir;
    }

    @Override
    public void run() {
        try {
            prepare();
            boolean finished = train();
            saveCheckpoint();
            gif.finish(trainer.iteration());
            events.publish(finished
                    ? new TrainingEvent.RunFinished(trainer.iteration(), trainer.epochsDone(), runDir)
                    : new TrainingEvent.Stopped(trainer.iteration(), epochOf(trainer.iteration()), runDir));
        } catch (NonFiniteLossException e) {
            fail(e.getMessage() + ". " + keptCheckpoint(), e);
        } catch (IOException e) {
            fail("Training stopped: " + e.getMessage() + ". " + keptCheckpoint(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("Training was interrupted. " + keptCheckpoint(), e);
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.error("Training failed", e);
            fail("Training failed: " + e + ". " + keptCheckpoint(), e);
        } finally {
            closeFolder();
            if (threads != null) {
                threads.close();
            }
            control.end("the run has ended; what it saved is in " + runDir);
        }
    }

    private void prepare() throws IOException {
        backend = Backend.initialize();
        TrainingConfig config = control.config();
        TrainingData data = DataSources.load(config);
        imageShape = data.shape();
        classCount = data.classCount();
        dataFingerprint = data.fingerprint();
        trainer = new GanTrainer(config, data);
        threads = Backend.leaseThreadsFor(trainer.model().generator().paramCount() + trainer.model().discriminator().paramCount());
        if (resumeFrom != null) {
            restore();
            folder = RunFolder.reopen(runDir, config, trainer.iteration());
            changes = ChangeLog.continued(runDir, trainer.iteration());
        } else {
            folder = RunFolder.create(runDir, config);
            changes = ChangeLog.create(runDir);
        }
        startDoctor(data);
        gif = new ProgressGif(runDir, events::publish);
        control.attach(trainer, this::saveNow);
        long total = totalIterations(config, trainer.batchesPerEpoch());
        events.publish(new TrainingEvent.RunStarted(trainer.iteration(), runDir, config, backend,
                trainer.batchesPerEpoch(), total, trainer.iteration()));
        if (resumeFrom == null) {
            snapshot(false);
        }
    }

    /**
     * The training doctor watches every event on the training thread (a few additions per step)
     * and keeps its diagnoses in the run folder; the diversity it reads is measured at snapshots.
     */
    private void startDoctor(TrainingData data) throws IOException {
        if (resumeFrom != null) {
            DiagnosisLog log = DiagnosisLog.continued(runDir, trainer.iteration());
            doctor = RunDoctor.attach(events, TrainingDoctor.continuing(events::publish, log, runDir), data,
                    control.config().seed());
            doctor.remember(trainer.sampleGrid()); // so the first snapshot after the resume has a sample_change
        } else {
            doctor = RunDoctor.attach(events, new TrainingDoctor(events::publish, DiagnosisLog.in(runDir)), data,
                    control.config().seed());
        }
    }

    /** Loads the checkpoint into the trainer; says so when the data differs from what it trained on. */
    private void restore() throws IOException {
        Path file = runDir.resolve(CheckpointFile.FILE_NAME);
        try {
            trainer.restore(resumeFrom.state());
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage() + "; nothing was changed", e);
        }
        warn(DataFingerprint.resumeWarning(resumeFrom.data(), dataFingerprint, file));
        warn(ThreadCountWarning.onResume(resumeFrom.provenance() == null ? 0 : resumeFrom.provenance().threads(), threads.threads()));
    }

    private void warn(String warning) {
        if (warning != null) {
            LOG.warn(warning);
            events.publish(new TrainingEvent.WarningIssued(trainer.iteration(), warning));
        }
    }

    /** Returns true when every epoch ran, false when stopped on request. */
    private boolean train() throws IOException, NonFiniteLossException, InterruptedException {
        while (trainer.iteration() < totalIterations()) {
            if (!control.awaitPermission(() -> events.publish(new TrainingEvent.Paused(trainer.iteration())),
                    () -> events.publish(new TrainingEvent.Resumed(trainer.iteration())))) {
                return false;
            }
            applyConfigChanges();
            StepCompleted step = trainer.step();
            folder.append(step);
            events.publish(step);
            maybeComputeMetrics();
            maybeSnapshot();
            maybeCheckpoint();
        }
        return true;
    }

    private long totalIterations() {
        return totalIterations(control.config(), trainer.batchesPerEpoch());
    }

    /** {@code iterations} when set (endless toy data), else whole epochs. */
    static long totalIterations(TrainingConfig config, int batchesPerEpoch) {
        return config.iterations() > 0 ? config.iterations() : (long) config.epochs() * batchesPerEpoch;
    }

    private void applyConfigChanges() throws IOException {
        TrainingConfig changed = control.takePendingConfig();
        if (changed != null) {
            TrainingConfig before = trainer.config();
            trainer.apply(changed);
            changes.record(trainer.iteration(), before, changed);
            events.publish(new TrainingEvent.ConfigChanged(trainer.iteration(), changed));
        }
    }

    /** With {@code metricsEvery} E > 0, quality metrics at the end of every E-th epoch, before its snapshot. */
    private void maybeComputeMetrics() throws IOException {
        String what = epochMetrics.dueActivity(control.config(), trainer);
        MetricsComputed metrics = what == null ? null
                : activity(what, () -> epochMetrics.maybeCompute(control.config(), trainer));
        if (metrics != null) {
            folder.append(metrics);
            events.publish(metrics);
        }
    }

    private void maybeSnapshot() throws IOException {
        boolean epochEnd = trainer.atEpochEnd();
        if (epochEnd || trainer.iteration() % control.config().snapshotEvery() == 0) {
            snapshot(epochEnd);
        }
    }

    private void snapshot(boolean epochEnd) throws IOException {
        long it = trainer.iteration();
        Samples samples = trainer.sampleGrid();
        DiversityMeasured measured = doctor.measureDiversity(it, samples);
        folder.append(measured);
        events.publish(measured);
        SamplesGenerated event = new SamplesGenerated(it, epochOf(it), epochEnd, samples);
        folder.save(event);
        events.publish(event);
    }

    private void maybeCheckpoint() throws IOException {
        if (trainer.atEpochEnd()) {
            saveCheckpoint();
        } else if (checkpointTimer.due(control.config().checkpointMinutes())) {
            saveCheckpoint();
        }
    }

    private Path saveNow() throws IOException {
        saveCheckpoint();
        gif.request(trainer.iteration());
        return runDir.resolve(CheckpointFile.FILE_NAME);
    }

    private void saveCheckpoint() throws IOException {
        if (trainer.iteration() == lastCheckpointIteration) {
            return;
        }
        Checkpoint checkpoint = new Checkpoint(control.config(), imageShape, classCount, trainer.state(),
                Provenance.here(backend, threads.threads()), dataFingerprint);
        activity(TrainingEvent.ActivityStarted.SAVING_CHECKPOINT, () -> {
            folder.save(checkpoint);
            return null;
        });
        checkpointTimer.restart();
        lastCheckpointIteration = trainer.iteration();
        events.publish(new TrainingEvent.CheckpointSaved(trainer.iteration(),
                epochOf(trainer.iteration()), runDir.resolve(CheckpointFile.FILE_NAME)));
    }

    /** The epoch an iteration belongs to, counting from 1 (iteration 0, before training, is epoch 0). */
    private int epochOf(long iteration) {
        return iteration == 0 ? 0 : (int) ((iteration - 1) / trainer.batchesPerEpoch()) + 1;
    }

    private String keptCheckpoint() {
        return lastCheckpointIteration >= 0
                ? "The last good checkpoint (iteration " + lastCheckpointIteration + ") is kept in " + runDir
                : "No checkpoint had been written yet";
    }

    private void fail(String message, Throwable cause) {
        LOG.warn(message);
        events.publish(new TrainingEvent.RunFailed(trainer == null ? 0 : trainer.iteration(), message, cause));
    }

    /** Runs {@code work} between an activity started/finished pair, so the window can say what holds it up. */
    private <T> T activity(String what, IoWork<T> work) throws IOException {
        events.publish(new TrainingEvent.ActivityStarted(trainer.iteration(), what));
        try {
            return work.call();
        } finally {
            events.publish(new TrainingEvent.ActivityFinished(trainer.iteration(), what));
        }
    }

    private void closeFolder() {
        if (gif != null) {
            gif.close();
        }
        if (folder != null) {
            try {
                folder.close();
            } catch (IOException e) {
                LOG.warn("Could not close the metrics of {}: {}", runDir, e.getMessage());
            }
        }
    }

    /** Work on the training thread that may fail with an I/O error. */
    private interface IoWork<T> {
        T call() throws IOException;
    }
}
