package org.ganlab.engine.bench;

import java.util.List;
import org.ganlab.engine.Backend;
import org.ganlab.engine.doctor.TrainingDoctor;
import org.ganlab.engine.run.RunDoctor;
import org.ganlab.engine.train.GanTrainer;
import org.ganlab.engine.train.Samples;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingData;
import org.ganlab.engine.train.TrainingEvent;
import org.ganlab.engine.train.TrainingEvent.StepCompleted;
import org.ganlab.engine.train.TrainingListener;

/**
 * The training doctor watching a benchmark's steps through a run's own wiring ({@link RunDoctor}),
 * with the time it takes on the training thread added up: every step's event, and at every
 * {@code snapshotEvery}-th iteration the diversity measurement and the snapshot event. The
 * snapshot grid itself is drawn outside the timing: a run draws it with or without a doctor.
 *
 * <p>The doctor checks nothing in its first {@link TrainingDoctor#WARMUP} iterations, so a short
 * benchmark would time only its bookkeeping. {@link #prime} therefore replays the warm-up steps
 * to it first (cycled, numbered from 1), and the timed steps follow with iterations after them:
 * the doctor times its steady state, checks every {@link TrainingDoctor#CHECK_EVERY} included.
 */
final class DoctorTimer {

    private static final long PRIMED = TrainingDoctor.WARMUP + TrainingDoctor.CHECK_EVERY;

    private final RunDoctor doctor;
    private final GanTrainer trainer;
    private final int snapshotEvery;
    private long iteration;
    private long nanos;

    private DoctorTimer(RunDoctor doctor, GanTrainer trainer, int snapshotEvery) {
        this.doctor = doctor;
        this.trainer = trainer;
        this.snapshotEvery = snapshotEvery;
    }

    /** A doctor on a stream of its own, told that a run of {@code config} started. */
    static DoctorTimer start(TrainingConfig config, GanTrainer trainer, TrainingData data) {
        return start(config, trainer, data, event -> { });
    }

    /** Like {@link #start(TrainingConfig, GanTrainer, TrainingData)}, every event also to {@code listener} (tests). */
    static DoctorTimer start(TrainingConfig config, GanTrainer trainer, TrainingData data, TrainingListener listener) {
        RunDoctor doctor = RunDoctor.withoutRunFolder(listener, data, config.seed());
        doctor.publish(new TrainingEvent.RunStarted(0, null, config, Backend.describe(),
                trainer.batchesPerEpoch(), 0, 0));
        return new DoctorTimer(doctor, trainer, Math.max(1, config.snapshotEvery()));
    }

    /** Brings the doctor past its warm-up with the benchmark's untimed steps; not timed. */
    void prime(List<StepCompleted> warmup) {
        while (iteration < PRIMED) {
            iteration++;
            doctor.publish(numbered(warmup.get((int) ((iteration - 1) % warmup.size())), iteration));
        }
    }

    /** One timed step: the doctor sees it as the next iteration, and a snapshot when one is due. */
    void observe(StepCompleted step) {
        iteration++;
        StepCompleted event = numbered(step, iteration);
        long start = System.nanoTime();
        doctor.publish(event);
        nanos += System.nanoTime() - start;
        if (iteration % snapshotEvery == 0) {
            snapshot();
        }
    }

    private void snapshot() {
        Samples samples = trainer.sampleGrid();
        long start = System.nanoTime();
        doctor.publish(doctor.measureDiversity(iteration, samples));
        doctor.publish(new TrainingEvent.SamplesGenerated(iteration, 1, false, samples));
        nanos += System.nanoTime() - start;
    }

    /** The doctor's time on the training thread so far, in ms. */
    double millis() {
        return nanos / 1e6;
    }

    /** Ends the stream (and its event thread). */
    void finish() {
        doctor.publish(new TrainingEvent.RunFinished(iteration, 1, null));
    }

    private static StepCompleted numbered(StepCompleted s, long iteration) {
        return new StepCompleted(iteration, s.epoch(), s.dLoss(), s.gLoss(), s.dReal(), s.dFake(), s.millis(),
                s.gradNormD(), s.gradNormG());
    }
}
