package org.ganlab.engine.run;

import org.ganlab.engine.doctor.DiagnosisLog;
import org.ganlab.engine.doctor.SampleDiversity;
import org.ganlab.engine.doctor.TrainingDoctor;
import org.ganlab.engine.train.Samples;
import org.ganlab.engine.train.TrainingData;
import org.ganlab.engine.train.TrainingEvent;
import org.ganlab.engine.train.TrainingEvent.DiversityMeasured;
import org.ganlab.engine.train.TrainingListener;

/**
 * The training doctor wired into a run's event stream, as every {@link TrainingRun} has it: the
 * doctor sees each published event on the publishing (training) thread and publishes its replies
 * into the same stream; the listener gets them all on the event thread. The samples' diversity,
 * which the doctor reads, is measured at snapshots by {@link #measureDiversity}.
 *
 * <p>{@code ganlab bench --doctor} builds the same wiring with {@link #withoutRunFolder}, so the
 * cost it measures is the cost a real run pays.
 */
public final class RunDoctor {

    private final EventDispatcher events;
    private final SampleDiversity diversity;

    private RunDoctor(EventDispatcher events, SampleDiversity diversity) {
        this.events = events;
        this.diversity = diversity;
    }

    /** Attaches {@code doctor} (publishing into {@code events}) to a run's {@code events}. */
    static RunDoctor attach(EventDispatcher events, TrainingDoctor doctor, TrainingData data, long seed) {
        events.observeWith(doctor);
        return new RunDoctor(events, SampleDiversity.of(data, seed));
    }

    /**
     * The same wiring on a stream of its own, keeping diagnoses nowhere: for measuring the doctor.
     * Publish a terminal event at the end, which ends the stream's event thread.
     */
    public static RunDoctor withoutRunFolder(TrainingListener listener, TrainingData data, long seed) {
        EventDispatcher events = new EventDispatcher(listener);
        return attach(events, new TrainingDoctor(events::publish, DiagnosisLog.none()), data, seed);
    }

    /** Publishes into the stream: the doctor sees the event before this returns. */
    public void publish(TrainingEvent event) {
        events.publish(event);
    }

    /** The samples a resumed run starts from, so its first snapshot has a sample change to report. */
    void remember(Samples samples) {
        diversity.remember(samples);
    }

    /** A snapshot's diversity figures, for the run to record and publish. */
    public DiversityMeasured measureDiversity(long iteration, Samples samples) {
        return diversity.measure(iteration, samples);
    }
}
