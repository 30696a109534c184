package org.ganlab.engine.doctor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ganlab.engine.diagnosis.Diagnosis;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;

/**
 * Feeds a doctor synthetic training events, as a run would publish them, and keeps what it
 * publishes. Step values get a little seeded noise so windows see something like a real run.
 */
final class EventStream {

    final List<TrainingEvent> published = new ArrayList<>();
    final TrainingDoctor doctor = new TrainingDoctor(published::add);
    private final SplittableRandom noise = new SplittableRandom(5);
    private TrainingConfig config;
    long iteration;

    EventStream(TrainingConfig config) {
        this.config = config;
        doctor.onEvent(new TrainingEvent.RunStarted(0, Path.of("run"), config, "test", 100, 100_000, 0));
    }

    static EventStream bce() {
        return new EventStream(TrainingConfig.defaults());
    }

    /** {@code n} steps with these mean values (±2% noise) and constant gradient norms. */
    EventStream steps(int n, double dLoss, double gLoss, double dReal, double dFake, double normD, double normG) {
        for (int i = 0; i < n; i++) {
            iteration++;
            doctor.onEvent(new TrainingEvent.StepCompleted(iteration, 1, jitter(dLoss), jitter(gLoss), jitter(dReal),
                    jitter(dFake), 5, jitter(normD), jitter(normG)));
        }
        return this;
    }

    /** A balanced BCE game: D loss ln 4, outputs 0.5. */
    EventStream healthy(int n) {
        return steps(n, 1.386, 0.693, 0.5, 0.5, 1.0, 1.0);
    }

    /** D wins: D(x) 0.99, D(G(z)) 0.01, G loss 6. */
    EventStream overpowered(int n) {
        return steps(n, 0.03, 6.0, 0.99, 0.01, 0.2, 3.0);
    }

    EventStream diversity(double ratio) {
        doctor.onEvent(new TrainingEvent.DiversityMeasured(iteration, ratio * 10, 10, 0, 0, 0.05));
        return this;
    }

    EventStream change(TrainingConfig after) {
        doctor.onEvent(new TrainingEvent.ConfigChanged(iteration, after));
        config = after;
        return this;
    }

    TrainingConfig config() {
        return config;
    }

    private double jitter(double v) {
        return v * (1 + 0.02 * (noise.nextDouble() * 2 - 1));
    }

    List<Diagnosis> started() {
        return published.stream().filter(e -> e instanceof TrainingEvent.DiagnosisStarted)
                .map(e -> ((TrainingEvent.DiagnosisStarted) e).diagnosis()).toList();
    }

    List<Diagnosis> ended() {
        return published.stream().filter(e -> e instanceof TrainingEvent.DiagnosisEnded)
                .map(e -> ((TrainingEvent.DiagnosisEnded) e).diagnosis()).toList();
    }

    List<Diagnosis> verdicts() {
        return published.stream().filter(e -> e instanceof TrainingEvent.Verdict)
                .map(e -> ((TrainingEvent.Verdict) e).current()).toList();
    }
}
