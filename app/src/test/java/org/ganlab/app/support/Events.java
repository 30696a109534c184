package org.ganlab.app.support;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ganlab.engine.diagnosis.Diagnosis;
import org.ganlab.engine.diagnosis.DiagnosisKind;
import org.ganlab.engine.diagnosis.Severity;
import org.ganlab.engine.train.Samples;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;

/** Synthetic engine events for view-model tests. */
public final class Events {

    private Events() {
    }

    public static TrainingConfig tiny() {
        return TrainingConfig.defaults().withSubset(256).withBatchSize(64).withEpochs(3).withSnapshotEvery(2);
    }

    public static Samples samples(int count, float value) {
        float[] v = new float[count * 28 * 28];
        Arrays.fill(v, value);
        return new Samples(count, 1, 28, 28, v);
    }

    public static TrainingEvent.RunStarted started(Path dir, TrainingConfig c) {
        return new TrainingEvent.RunStarted(0, dir, c, "CPU · test", 4, 4L * c.epochs(), 0);
    }

    public static TrainingEvent.StepCompleted step(long it) {
        return new TrainingEvent.StepCompleted(it, (int) ((it - 1) / 4) + 1, 1.2, 0.8, 0.7, 0.3, 20);
    }

    /** A step with gradient norms, as the engine with the doctor publishes it. */
    public static TrainingEvent.StepCompleted step(long it, double gradNormD, double gradNormG) {
        return new TrainingEvent.StepCompleted(it, (int) ((it - 1) / 4) + 1, 1.2, 0.8, 0.7, 0.3, 20, gradNormD, gradNormG);
    }

    /** "D overpowers G" from iteration {@code start}, ongoing ({@code end} -1) or ended. */
    public static Diagnosis overpowers(long start, long end) {
        Map<String, Double> evidence = new LinkedHashMap<>();
        evidence.put("d_real", 0.991);
        evidence.put("d_fake", 0.012);
        evidence.put("g_loss", 8.31);
        return new Diagnosis(DiagnosisKind.D_OVERPOWERS_G, Severity.WARNING, start, end, evidence,
                "D(x) 0.991 and D(G(z)) 0.012 over the last 100 iterations", "lower Learning rate D to 5e-5 (now 2e-4)");
    }

    public static Diagnosis collapse(long start, long end) {
        return new Diagnosis(DiagnosisKind.MODE_COLLAPSE, Severity.CRITICAL, start, end, Map.of("diversity", 0.08),
                "samples are 8% as varied as real data", "lower Learning rate G to 1e-3 (now 2e-3)");
    }

    public static Diagnosis healthy(long start) {
        return new Diagnosis(DiagnosisKind.HEALTHY, Severity.INFO, start, -1, Map.of("d_loss", 1.38),
                "D loss 1.38 near ln 4", "nothing to change; watch the samples");
    }

    public static TrainingEvent.SamplesGenerated grid(long it, float value) {
        return new TrainingEvent.SamplesGenerated(it, (int) ((it - 1) / 4) + 1, it % 4 == 0, samples(64, value));
    }
}
