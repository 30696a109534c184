package org.ganlab.app.viewmodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.ganlab.app.model.DiagnosisSpan;
import org.ganlab.app.services.RunFolderService;
import org.ganlab.app.support.Events;
import org.ganlab.app.support.FakeTrainer;
import org.ganlab.app.support.QueuedTasks;
import org.ganlab.engine.diagnosis.DiagnosisKind;
import org.ganlab.engine.diagnosis.Severity;
import org.ganlab.engine.train.TrainingEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Doctor panel fed the engine's events through the Train page, as the event pump does. */
class DoctorViewModelTest {

    @TempDir
    Path root;

    private final FakeTrainer trainer = new FakeTrainer();
    private final AtomicLong clock = new AtomicLong();
    private TrainingViewModel page;
    private DoctorViewModel vm;

    @BeforeEach
    void setUp() {
        page = new TrainingViewModel(trainer, new RunFolderService(root), new QueuedTasks().tasks, clock::get, Events.tiny());
        vm = page.doctor();
        page.train();
        page.apply(List.of(Events.started(trainer.startedDir, Events.tiny())));
    }

    @Test
    void aStartedDiagnosisIsListedMarkedAndBecomesTheVerdict() {
        assertEquals(DoctorViewModel.WAITING, vm.verdictProperty().get());
        assertEquals("", vm.statusTextProperty().get(), "the status bar shows nothing before a verdict");

        page.apply(List.of(Events.step(1), new TrainingEvent.DiagnosisStarted(5, Events.overpowers(3, -1)),
                new TrainingEvent.Verdict(5, Events.overpowers(3, -1))));

        assertEquals(List.of(Events.overpowers(3, -1)), vm.diagnoses());
        assertEquals(List.of(new DiagnosisSpan(3, -1, Severity.WARNING, DiagnosisKind.D_OVERPOWERS_G.title())), vm.spans());
        assertEquals(DiagnosisKind.D_OVERPOWERS_G.title() + ": D(x) 0.991 and D(G(z)) 0.012 over the last 100 iterations",
                vm.verdictProperty().get());
        assertEquals(Severity.WARNING, vm.severityProperty().get());
        assertEquals("Doctor: " + DiagnosisKind.D_OVERPOWERS_G.title(), vm.statusTextProperty().get());
    }

    @Test
    void anEndedDiagnosisReplacesItsStartAndNewerOnesComeFirst() {
        page.apply(List.of(new TrainingEvent.DiagnosisStarted(5, Events.overpowers(3, -1))));
        page.apply(List.of(new TrainingEvent.DiagnosisEnded(9, Events.overpowers(3, 8)),
                new TrainingEvent.DiagnosisStarted(12, Events.collapse(10, -1)),
                new TrainingEvent.Verdict(12, Events.collapse(10, -1))));

        assertEquals(List.of(Events.collapse(10, -1), Events.overpowers(3, 8)), vm.diagnoses());
        assertEquals(List.of(3L, 10L), vm.spans().stream().map(DiagnosisSpan::start).toList(), "spans oldest first");
        assertEquals(8, vm.spans().get(0).end());
        assertTrue(vm.spans().get(1).ongoing());
        assertEquals(Severity.CRITICAL, vm.severityProperty().get());
    }

    @Test
    void aHealthyVerdictIsShownButNeverListedOrMarked() {
        page.apply(List.of(new TrainingEvent.DiagnosisStarted(300, Events.healthy(300)),
                new TrainingEvent.Verdict(300, Events.healthy(300))));

        assertEquals(List.of(), vm.diagnoses());
        assertEquals(List.of(), vm.spans());
        assertEquals(DiagnosisKind.HEALTHY, vm.kindProperty().get());
        assertEquals(DiagnosisKind.HEALTHY.title() + ": D loss 1.38 near ln 4", vm.verdictProperty().get());
    }

    @Test
    void pickingADiagnosisShowsTheSnapshotNearestToWhereItBegan() {
        page.apply(List.of(Events.grid(2, 0f), Events.grid(4, 0f), Events.grid(6, 0f), Events.grid(8, 0f),
                new TrainingEvent.DiagnosisStarted(8, Events.overpowers(5, -1))));
        assertEquals(3, page.timeline().indexProperty().get(), "the timeline follows the newest frame");

        vm.select(vm.diagnoses().get(0));

        assertEquals(1, page.timeline().indexProperty().get(), "iteration 5 is as near to 4 as to 6: the earlier frame");
        assertEquals(4, page.timeline().selectedProperty().get().iteration());
        assertEquals(Events.overpowers(5, -1), vm.selectedProperty().get());
        page.apply(List.of(Events.grid(10, 0f)));
        assertEquals(1, page.timeline().indexProperty().get(), "the picked frame stays while frames arrive");
    }

    @Test
    void stepsFeedTheGradientChartAndDoctorEventsDoNotForceAChartRedraw() {
        clock.addAndGet(1_000_000_000L);
        page.apply(List.of(Events.step(1, 0.5, Double.NaN), Events.step(2, 0.4, 3.0)));
        long metricsRevision = page.metrics().revisionProperty().get();

        GradientNormsViewModel g = page.gradients();
        assertEquals(2, g.d().size());
        assertEquals(1, g.g().size(), "no G norm before the first G step: not drawn at zero on the log axis");
        assertEquals(3.0, g.g().y(0));
        page.apply(List.of(Events.step(3, 0.3, 2.0), new TrainingEvent.Verdict(3, Events.healthy(1))));
        assertEquals(metricsRevision, page.metrics().revisionProperty().get(),
                "a verdict within the chart period waits for the next redraw like a step");
        assertEquals(DiagnosisKind.HEALTHY, vm.kindProperty().get());
    }

    @Test
    void diversityIsShownAgainstTheRealImages() {
        page.apply(List.of(new TrainingEvent.DiversityMeasured(50, 0.2, 0.8, 3, 8, 0.1)));
        assertEquals("Sample diversity 0.2 · real images 0.8 (25% of real) · 3 of 8 modes covered",
                vm.diversityProperty().get());
    }

    @Test
    void aNewRunStartsWithAnEmptyPanel() {
        page.apply(List.of(new TrainingEvent.DiagnosisStarted(5, Events.overpowers(3, -1)),
                new TrainingEvent.Verdict(5, Events.overpowers(3, -1)), Events.step(1, 0.5, 0.5),
                new TrainingEvent.Stopped(5, 1, trainer.startedDir)));
        vm.select(vm.diagnoses().get(0));
        page.reset();

        assertEquals(List.of(), vm.diagnoses());
        assertEquals(List.of(), vm.spans());
        assertNull(vm.selectedProperty().get());
        assertEquals(DoctorViewModel.WAITING, vm.verdictProperty().get());
        assertTrue(page.gradients().isEmpty());
    }
}
