package org.ganlab.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.ganlab.engine.diagnosis.Diagnosis;
import org.ganlab.engine.diagnosis.DiagnosisKind;
import org.ganlab.engine.diagnosis.Severity;
import org.ganlab.engine.doctor.DiagnosisLog;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The doctor inside real (short, 2-D) runs: an induced failure is diagnosed and kept in the run
 * folder, a healthy run gets no warning, and every snapshot carries a verdict and a diversity figure.
 */
class DoctorRunTest {

    @TempDir
    Path dir;

    private static TrainingConfig ring(int iterations) {
        return TrainingConfig.defaults().withDataset("ring8").withModel("mlp2d").withHiddenUnits(32).withLatentSize(2)
                .withBatchSize(64).withLearningRateG(1e-3).withLearningRateD(1e-3).withIterations(iterations)
                .withSnapshotEvery(100).withCheckpointMinutes(0);
    }

    private static List<Diagnosis> started(EventRecorder events) {
        return events.all(TrainingEvent.DiagnosisStarted.class).stream().map(TrainingEvent.DiagnosisStarted::diagnosis).toList();
    }

    @Test
    void aDiscriminatorTenTimesFasterThanATinyGeneratorOverpowersIt() throws Exception {
        Path run = dir.resolve("overpowered");
        EventRecorder events = new EventRecorder();
        TrainingRun.start(ring(600).withLearningRateD(1e-2).withLearningRateG(1e-5), run, events);
        assertInstanceOf(TrainingEvent.RunFinished.class, events.awaitEnd());

        Diagnosis d = started(events).stream().filter(x -> x.kind() == DiagnosisKind.D_OVERPOWERS_G).findFirst()
                .orElseThrow(() -> new AssertionError(started(events).toString()));
        assertTrue(d.evidence().get("d_real") > 0.95 && d.evidence().get("d_fake") < 0.05, d.evidence().toString());
        assertTrue(d.advice().contains("Learning rate D"), d.advice());
        assertTrue(DiagnosisLog.read(run).contains(d), "kept in " + DiagnosisLog.FILE);
    }

    @Test
    void aGeneratorDrivenIntoOneModeIsAModeCollapse() throws Exception {
        EventRecorder events = new EventRecorder();
        TrainingRun.start(ring(800).withLearningRateG(2e-2), dir.resolve("collapse"), events);
        assertInstanceOf(TrainingEvent.RunFinished.class, events.awaitEnd());

        Diagnosis d = started(events).stream().filter(x -> x.kind() == DiagnosisKind.MODE_COLLAPSE).findFirst()
                .orElseThrow(() -> new AssertionError(started(events).toString()));
        assertTrue(d.evidence().get("modes_covered") <= 2, d.evidence().toString());
        assertEquals(8, d.evidence().get("modes"));
    }

    @Test
    void aHealthyRunGetsNoWarningAndAVerdictAtEverySnapshot() throws Exception {
        Path run = dir.resolve("healthy");
        EventRecorder events = new EventRecorder();
        TrainingRun.start(ring(800), run, events);
        assertInstanceOf(TrainingEvent.RunFinished.class, events.awaitEnd());

        assertEquals(List.of(), started(events).stream().filter(d -> d.severity() != Severity.INFO).toList());
        List<TrainingEvent.Verdict> verdicts = events.all(TrainingEvent.Verdict.class);
        assertTrue(verdicts.size() >= events.all(TrainingEvent.SamplesGenerated.class).size());
        assertEquals(DiagnosisKind.HEALTHY, verdicts.get(verdicts.size() - 1).current().kind());
        List<TrainingEvent.DiversityMeasured> diversity = events.all(TrainingEvent.DiversityMeasured.class);
        assertEquals(events.all(TrainingEvent.SamplesGenerated.class).size(), diversity.size());
        assertEquals(8, diversity.get(diversity.size() - 1).modes());
        assertEquals(List.of(), DiagnosisLog.read(run));
    }
}
