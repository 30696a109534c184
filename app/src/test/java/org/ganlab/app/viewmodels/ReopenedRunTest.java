package org.ganlab.app.viewmodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.ganlab.app.model.ChartMarker;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.RunFolderService;
import org.ganlab.app.support.Events;
import org.ganlab.app.support.FakeRuns;
import org.ganlab.app.support.FakeTrainer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reopened run is whole: the markers of its live changes, its quality figures, its changes in the runs table. */
class ReopenedRunTest {

    @TempDir
    Path root;

    private final BackgroundTasks tasks = BackgroundTasks.synchronous();
    private RunFolderService runs;
    private TrainingViewModel training;

    @BeforeEach
    void setUp() {
        runs = new RunFolderService(root);
        training = new TrainingViewModel(new FakeTrainer(), runs, tasks, System::nanoTime, Events.tiny());
    }

    @Test
    void theChartsShowTheLiveChangesAsTheyDidWhileTraining() throws Exception {
        training.open(FakeRuns.withHistory(root.resolve("r1")));

        assertEquals(List.of(new ChartMarker(4, "Learning rate G 2e-4 → 2e-3, D steps per G step 1 → 2")),
                training.metrics().markers());
        assertEquals(SetupViewModel.describeChange(Events.tiny(), Events.tiny().withLearningRateG(2e-3).withDStepsPerGStep(2)),
                training.metrics().markers().get(0).label(), "worded as the live marker");
    }

    @Test
    void theQualityPanelShowsTheSavedFigures() throws Exception {
        training.open(FakeRuns.withHistory(root.resolve("r1")));
        QualityViewModel q = training.quality();

        assertTrue(q.shownProperty().get());
        assertEquals(2, q.fid().size());
        assertEquals(2.0, q.fid().x(1), "x is the epoch");
        assertEquals(41.0, q.fid().y(1));
        assertEquals(8.1, q.score().y(1));
        assertEquals("epoch 2 · Fréchet distance 41.00 · coverage 10 · score 8.10 (saved run)", q.summaryProperty().get());

        training.open(FakeRuns.create(root.resolve("r2"), 1));
        assertEquals(0, q.fid().size(), "another run's figures replace them");
        assertEquals(List.of(), training.metrics().markers());
    }

    @Test
    void theRunsTableListsTheChanges() throws Exception {
        FakeRuns.withHistory(root.resolve("r1"));
        RunsViewModel vm = new RunsViewModel(runs, tasks, training);
        vm.refresh();
        assertEquals(1, vm.rows().size(), vm.messageProperty().get());
        assertEquals("2: lr G 2e-4→2e-3 @4, D/G 1→2 @4", vm.rows().get(0).changes());
    }
}
