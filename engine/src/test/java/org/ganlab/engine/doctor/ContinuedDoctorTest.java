package org.ganlab.engine.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.engine.diagnosis.Diagnosis;
import org.ganlab.engine.diagnosis.DiagnosisKind;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run continued from its folder keeps its doctor's memory: the early gradient level and the
 * ongoing diagnoses come from the folder's records, and nothing already in diagnoses.jsonl is
 * said or written again.
 */
class ContinuedDoctorTest {

    @TempDir
    Path dir;

    private final TrainingConfig config = TrainingConfig.defaults();

    /** 400 iterations kept as a run keeps them: 200 balanced with G's gradient norm 2, then D winning. */
    private void firstPart() throws Exception {
        TrainingDoctor doctor = new TrainingDoctor(event -> { }, DiagnosisLog.in(dir));
        doctor.onEvent(new TrainingEvent.RunStarted(0, dir, config, "test", 100, 10_000, 0));
        try (EvaluationFolder folder = new EvaluationFolder(dir, config)) {
            for (long it = 1; it <= 400; it++) {
                TrainingEvent.StepCompleted s = it <= 200 ? step(it, 1.386, 0.693, 0.5, 0.5, 2.0) : step(it, 0.03, 6, 0.99, 0.01, 2.0);
                folder.step(s);
                doctor.onEvent(s);
            }
        }
    }

    private static TrainingEvent.StepCompleted step(long it, double dLoss, double gLoss, double dReal, double dFake, double normG) {
        double wobble = it % 2 == 0 ? 1.01 : 0.99;
        return new TrainingEvent.StepCompleted(it, 1, dLoss * wobble, gLoss * wobble, dReal, dFake * wobble, 5, 1, normG * wobble);
    }

    @Test
    void aContinuedRunGoesOnWithItsEarlyLevelAndOngoingDiagnosesWithoutRepeatingThem() throws Exception {
        firstPart();
        List<Diagnosis> before = DiagnosisLog.read(dir);
        assertEquals(List.of(DiagnosisKind.D_OVERPOWERS_G), before.stream().map(Diagnosis::kind).toList());

        List<TrainingEvent> published = new ArrayList<>();
        TrainingDoctor doctor = TrainingDoctor.continuing(published::add, DiagnosisLog.continued(dir, 400), dir);
        doctor.onEvent(new TrainingEvent.RunStarted(400, dir, config, "test", 100, 10_000, 400));
        for (long it = 401; it <= 700; it++) {
            doctor.onEvent(step(it, 0.03, 6, 0.99, 0.01, 0.1)); // D still wins; G's gradient collapses
        }

        List<Diagnosis> started = published.stream().filter(e -> e instanceof TrainingEvent.DiagnosisStarted)
                .map(e -> ((TrainingEvent.DiagnosisStarted) e).diagnosis()).toList();
        assertEquals(List.of(DiagnosisKind.VANISHING_G_GRADIENT), started.stream().map(Diagnosis::kind).toList(),
                "D overpowering G is still the one that started before the checkpoint");
        assertEquals(2.0, started.get(0).evidence().get("early_grad_norm_g"), 0.05, "the level of iterations 20-220");
        TrainingEvent.Verdict first = (TrainingEvent.Verdict) published.get(0);
        assertEquals(before.get(0).startIteration(), first.current().startIteration(), "the verdict the records left");
        List<Diagnosis> kept = DiagnosisLog.read(dir);
        assertEquals(1, kept.stream().filter(d -> d.kind() == DiagnosisKind.D_OVERPOWERS_G).count(), kept.toString());
        assertTrue(kept.stream().anyMatch(d -> d.kind() == DiagnosisKind.VANISHING_G_GRADIENT), kept.toString());
    }
}
