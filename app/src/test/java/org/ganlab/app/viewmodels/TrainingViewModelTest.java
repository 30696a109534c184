package org.ganlab.app.viewmodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.ganlab.app.model.RunState;
import org.ganlab.app.services.RunFolderService;
import org.ganlab.app.support.Events;
import org.ganlab.app.support.FakeTrainer;
import org.ganlab.app.support.QueuedTasks;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingViewModelTest {

    @TempDir
    Path root;

    private final FakeTrainer trainer = new FakeTrainer();
    private final AtomicLong clock = new AtomicLong();
    private final QueuedTasks background = new QueuedTasks();
    private TrainingViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new TrainingViewModel(trainer, new RunFolderService(root), background.tasks, clock::get, Events.tiny());
    }

    private Path started() {
        vm.train();
        vm.apply(List.of(Events.started(trainer.startedDir, Events.tiny())));
        return trainer.startedDir;
    }

    @Test
    void trainStartsANewRunInTheRunsFolderWithTheSetupsConfig() {
        assertTrue(vm.canTrainProperty().get());
        Path dir = started();

        assertEquals(Events.tiny(), trainer.started);
        assertEquals(root, dir.getParent());
        assertEquals(RunState.RUNNING, vm.getState());
        assertFalse(vm.canTrainProperty().get());
        assertTrue(vm.canPauseProperty().get());
        assertEquals("CPU · test", vm.status().backendTextProperty().get());
    }

    @Test
    void anInvalidSetupNeverReachesTheTrainer() {
        vm.setup().field(HyperParameter.LEARNING_RATE_G).setText("-0.1");

        assertFalse(vm.canTrainProperty().get());
        vm.train();
        assertTrue(trainer.calls.isEmpty());
        assertEquals(Notice.Level.ERROR, vm.noticeProperty().get().level());
    }

    @Test
    void oneBatchOfEventsUpdatesChartsGridTimelineAndStatusOnce() {
        started();
        long before = vm.metrics().revisionProperty().get();
        clock.addAndGet(1_000_000_000L);
        vm.apply(List.of(Events.step(1), Events.step(2), Events.grid(2, -1f), Events.step(3),
                Events.step(4), Events.grid(4, 1f)));

        assertEquals(4, vm.metrics().size());
        assertEquals(before + 1, vm.metrics().revisionProperty().get());
        assertEquals(2, vm.timeline().size());
        assertEquals(1, vm.timeline().indexProperty().get());
        assertNotNull(vm.samples().getGrid());
        assertEquals(0xFFFFFFFF, vm.samples().getGrid().argb()[vm.samples().getGrid().width() * 3 + 3]);
        assertEquals(4, vm.status().getIteration());
    }

    @Test
    void chartsAndCountersMoveOnTheSecondsTickNotPerBatchWhileRunning() {
        started();
        clock.set(1_000_000_000L);
        vm.apply(List.of(Events.step(1)));
        long r = vm.metrics().revisionProperty().get();
        assertEquals(1, vm.status().getIteration(), "the first batch shows at once");
        clock.addAndGet(100_000_000L);
        vm.apply(List.of(Events.step(2)));
        clock.addAndGet(100_000_000L);
        vm.apply(List.of(Events.step(3)));
        assertEquals(r, vm.metrics().revisionProperty().get(), "held back");
        assertEquals(1, vm.status().getIteration(), "held back");
        assertEquals(3, vm.metrics().size(), "recorded all the same");

        clock.addAndGet(100_000_000L);
        vm.tick(1, 2, 3);
        assertEquals(r + 1, vm.metrics().revisionProperty().get(), "one redraw for both batches");
        assertEquals(3, vm.status().getIteration());
        vm.tick(1, 2, 3);
        assertEquals(r + 1, vm.metrics().revisionProperty().get(), "nothing new, no redraw");
    }

    @Test
    void withoutATickABatchASecondAfterTheLastRedrawStillShows() {
        started();
        clock.set(1_000_000_000L);
        vm.apply(List.of(Events.step(1)));
        long r = vm.metrics().revisionProperty().get();
        clock.addAndGet(1_000_000_000L);
        vm.apply(List.of(Events.step(2)));
        assertEquals(r + 1, vm.metrics().revisionProperty().get());
        assertEquals(2, vm.status().getIteration());
    }

    @Test
    void pauseStepAndResumeFollowTheEnginesEvents() {
        started();
        vm.togglePause();
        assertEquals(List.of("start", "pause"), trainer.calls);
        assertEquals(RunState.RUNNING, vm.getState(), "until the engine says it paused");
        vm.apply(List.of(new TrainingEvent.Paused(7)));
        assertEquals(RunState.PAUSED, vm.getState());
        assertEquals("Resume", vm.pauseLabelProperty().get());
        assertTrue(vm.canStepProperty().get());
        vm.step();
        vm.togglePause();
        assertEquals(List.of("start", "pause", "step", "resume"), trainer.calls);
        vm.apply(List.of(new TrainingEvent.Resumed(8)));
        assertEquals(RunState.RUNNING, vm.getState());
    }

    @Test
    void liveChangesGoToTheTrainerAndAreMarkedOnTheCharts() {
        started();
        vm.setup().field(HyperParameter.LEARNING_RATE_G).setText("1e-4");
        vm.applyLiveChanges();
        assertEquals(1e-4, trainer.updates.get(0).learningRateG());

        vm.apply(List.of(new TrainingEvent.ConfigChanged(10, trainer.updates.get(0))));
        assertEquals(1, vm.metrics().markers().size());
        assertEquals(10, vm.metrics().markers().get(0).iteration());
        assertEquals("Learning rate G 2e-4 → 1e-4", vm.metrics().markers().get(0).label());
    }

    @Test
    void structuralChangesAskForAResetInsteadOfReachingTheTrainer() {
        started();
        vm.setup().field(HyperParameter.BATCH_SIZE).setText("32");
        vm.applyLiveChanges();

        assertTrue(trainer.updates.isEmpty());
        assertTrue(vm.resetNeededProperty().get());
        vm.reset();
        background.runAll();
        assertEquals(RunState.IDLE, vm.getState());
        assertTrue(trainer.calls.contains("abandon"));
        assertFalse(vm.resetNeededProperty().get());
    }

    private Path stoppedWithCheckpoint() throws Exception {
        Path dir = started();
        vm.stop();
        assertEquals(RunState.STOPPING, vm.getState());
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("checkpoint.zip"), "x");
        trainer.alive = false;
        vm.apply(List.of(new TrainingEvent.Stopped(5, 2, dir)));
        return dir;
    }

    @Test
    void aStoppedRunWithACheckpointContinuesWithTheCheckpointReadOffTheFxThread() throws Exception {
        stoppedWithCheckpoint();
        assertEquals(RunState.STOPPED, vm.getState());
        assertEquals("Continue", vm.trainLabelProperty().get());
        vm.train();

        assertEquals(RunState.STARTING, vm.getState());
        assertEquals("Loading checkpoint…", vm.status().messageProperty().get());
        assertFalse(trainer.calls.stream().anyMatch(c -> c.startsWith("continue")), "not read on the caller's thread");
        assertFalse(vm.canTrainProperty().get());
        background.runAll();
        assertEquals(List.of("continue 3", "update"), trainer.calls.subList(trainer.calls.size() - 2, trainer.calls.size()));
    }

    @Test
    void aDamagedCheckpointIsReportedAndTheRunStaysReadyToTryAgain() throws Exception {
        Path dir = stoppedWithCheckpoint();
        trainer.continueFails = "checkpoint.zip is damaged: ZIP END header not found";
        vm.train();
        background.runAll();

        assertEquals(RunState.STOPPED, vm.getState());
        assertEquals(Notice.Level.ERROR, vm.noticeProperty().get().level());
        assertEquals("Could not continue " + dir.getFileName(), vm.noticeProperty().get().title());
        assertEquals("checkpoint.zip is damaged: ZIP END header not found", vm.noticeProperty().get().text());
        assertTrue(vm.canTrainProperty().get());
    }

    @Test
    void stopWhileTheCheckpointLoadsStopsTheContinuedRunOnceItStarts() throws Exception {
        stoppedWithCheckpoint();
        vm.train();
        vm.stop();
        background.runAll();

        assertEquals("stop", trainer.calls.get(trainer.calls.size() - 1));
        assertEquals(RunState.STOPPING, vm.getState());
    }

    @Test
    void aFailedRunIsReportedWithItsCause() {
        started();
        vm.apply(List.of(new TrainingEvent.RunFailed(9, "D loss became NaN at iteration 9", null)));

        assertEquals(RunState.FAILED, vm.getState());
        assertEquals("D loss became NaN at iteration 9", vm.noticeProperty().get().text());
        assertTrue(vm.canTrainProperty().get());
    }

    @Test
    void aWarningFromTheRunIsShownAndTrainingGoesOn() {
        started();
        vm.apply(List.of(new TrainingEvent.WarningIssued(4, "the data set differs from the one it was trained on")));

        assertEquals(Notice.Level.WARNING, vm.noticeProperty().get().level());
        assertEquals("the data set differs from the one it was trained on", vm.noticeProperty().get().text());
        assertEquals(RunState.RUNNING, vm.getState());
    }

    @Test
    void closingWhileTrainingStopsTheRunAndClosesOnceItIsSaved() {
        Path dir = started();
        assertFalse(vm.requestClose());
        assertTrue(trainer.calls.contains("stop"));
        assertEquals(RunState.STOPPING, vm.getState());
        assertEquals("Saving the run before closing…", vm.status().messageProperty().get());
        assertFalse(vm.readyToCloseProperty().get());
        trainer.alive = false;
        vm.apply(List.of(new TrainingEvent.Stopped(5, 2, dir)));
        assertTrue(vm.readyToCloseProperty().get());
    }

    @Test
    void closingGivesUpWaitingForARunThatDoesNotSaveInTime() {
        started();
        assertFalse(vm.requestClose());
        background.runAll();   // the bounded wait ends with the run still alive

        assertTrue(trainer.calls.contains("await"));
        assertTrue(vm.readyToCloseProperty().get());
        assertTrue(vm.status().messageProperty().get().endsWith("closing anyway"), vm.status().messageProperty().get());
    }

    @Test
    void closingWaitsForARunThatResetLeftSaving() {
        started();
        trainer.saving = true;
        vm.reset();
        background.runAll();
        assertFalse(vm.requestClose(), "the abandoned run is still saving");
        assertEquals("Saving the run before closing…", vm.status().messageProperty().get());
        trainer.saving = false;
        background.runAll();
        assertTrue(vm.readyToCloseProperty().get());
    }

    @Test
    void resetWhileTrainingWaitsForTheOldRunToSaveBeforeANewRunCanStart() {
        started();
        vm.reset();

        assertTrue(trainer.calls.contains("abandon"));
        assertEquals(RunState.STOPPING, vm.getState());
        assertEquals("Saving the old run before a new one can start…", vm.status().messageProperty().get());
        assertFalse(vm.canTrainProperty().get());
        vm.train();
        assertEquals(1, trainer.calls.stream().filter("start"::equals).count(), "no second trainer yet");

        background.runAll();
        assertEquals(RunState.IDLE, vm.getState());
        assertTrue(vm.canTrainProperty().get());
        vm.train();
        assertEquals(2, trainer.calls.stream().filter("start"::equals).count());
    }

    @Test
    void notANumberTypedWhileTrainingIsNamedAtItsFieldAndNeverReachesTheTrainer() {
        started();
        vm.setup().field(HyperParameter.LEARNING_RATE_D).setText("NaN");
        vm.applyLiveChanges();

        assertTrue(trainer.updates.isEmpty());
        assertEquals("Learning rate D must be a finite number (was \"NaN\")",
                vm.setup().field(HyperParameter.LEARNING_RATE_D).getError());
        vm.stop();
        trainer.alive = false;
        vm.apply(List.of(new TrainingEvent.Stopped(3, 1, trainer.startedDir)));
        assertFalse(vm.canTrainProperty().get(), "Train stays disabled while the field is invalid");
    }

    @Test
    void resetClearsThePage() {
        started();
        vm.apply(List.of(Events.step(1), Events.grid(1, 0f)));
        vm.reset();
        background.runAll();

        assertEquals(0, vm.metrics().size());
        assertEquals(0, vm.timeline().size());
        assertNull(vm.samples().getGrid());
        assertNull(vm.getRunDir());
        assertEquals(Events.tiny(), vm.setup().getConfig(), "the setup keeps its settings for the next run");
    }
}
