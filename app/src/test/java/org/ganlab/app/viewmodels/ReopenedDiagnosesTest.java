package org.ganlab.app.viewmodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganlab.app.model.DiagnosisSpan;
import org.ganlab.app.model.RunState;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.RunFolderService;
import org.ganlab.app.support.Events;
import org.ganlab.app.support.FakeRuns;
import org.ganlab.app.support.FakeTrainer;
import org.ganlab.engine.diagnosis.DiagnosisKind;
import org.ganlab.engine.diagnosis.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reopened run shows the doctor's diagnoses and the gradient norms it was trained with. */
class ReopenedDiagnosesTest {

    @TempDir
    Path root;

    private TrainingViewModel training;

    @BeforeEach
    void setUp() {
        training = new TrainingViewModel(new FakeTrainer(), new RunFolderService(root), BackgroundTasks.synchronous(),
                System::nanoTime, Events.tiny());
    }

    @Test
    void theDiagnosesComeBackAsTheyEndedWithTheOngoingOneAsVerdict() throws Exception {
        training.open(FakeRuns.withDiagnoses(root.resolve("r1")));
        DoctorViewModel doctor = training.doctor();

        assertEquals(List.of(Events.collapse(7, -1), Events.overpowers(3, 6)), doctor.diagnoses(),
                "newest first; the overpowering as its end line says");
        assertEquals(List.of(new DiagnosisSpan(3, 6, Severity.WARNING, DiagnosisKind.D_OVERPOWERS_G.title()),
                new DiagnosisSpan(7, -1, Severity.CRITICAL, DiagnosisKind.MODE_COLLAPSE.title())), doctor.spans());
        assertEquals(DiagnosisKind.MODE_COLLAPSE, doctor.kindProperty().get());
        assertEquals(Severity.CRITICAL, doctor.severityProperty().get());

        doctor.select(doctor.diagnoses().get(1));
        assertEquals(4, training.timeline().selectedProperty().get().iteration(), "iteration 3 is nearest the snapshot at 4");
    }

    @Test
    void theGradientNormsComeBackFromMetricsCsv() throws Exception {
        training.open(FakeRuns.withDiagnoses(root.resolve("r1")));
        GradientNormsViewModel g = training.gradients();

        assertEquals(8, g.d().size());
        assertEquals(4.0, g.d().y(7), 1e-9);
        assertEquals(7, g.g().size(), "iteration 1 has no G norm");
        assertEquals(2.0 / 8, g.g().y(6), 1e-9);
        assertEquals(2.0, g.g().x(0), "x is the iteration");
    }

    @Test
    void aRunFromBeforeTheDoctorOpensWithoutDiagnosesOrNorms() throws Exception {
        training.open(FakeRuns.withDiagnoses(root.resolve("r1")));
        training.open(FakeRuns.create(root.resolve("old"), 1));

        assertEquals(List.of(), training.doctor().diagnoses(), "the other run's diagnoses are gone");
        assertEquals("No diagnoses were saved with this run", training.doctor().verdictProperty().get());
        assertTrue(training.gradients().isEmpty());
    }

    @Test
    void aDamagedDiagnosesFileIsNamedAndTheRunStillOpens() throws Exception {
        Path dir = FakeRuns.withDiagnoses(root.resolve("r1"));
        Files.writeString(dir.resolve("diagnoses.jsonl"), "{\"kind\":\"D_OVERPOWERS_G\"\nnot json\n");
        training.open(dir);

        assertEquals(RunState.OPENED, training.getState());
        assertEquals(8, training.metrics().size());
        assertEquals(8, training.gradients().d().size(), "the norms are read all the same");
        Notice n = training.noticeProperty().get();
        assertEquals(Notice.Level.WARNING, n.level());
        assertTrue(n.text().contains(dir.resolve("diagnoses.jsonl") + " line 1: not a diagnosis"), n.text());
        assertTrue(n.text().endsWith("(diagnoses not shown)"), n.text());
        assertEquals(List.of(), training.doctor().diagnoses());
    }
}
