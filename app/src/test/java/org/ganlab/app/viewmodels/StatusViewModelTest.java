package org.ganlab.app.viewmodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.RunFolderService;
import org.ganlab.app.support.Events;
import org.ganlab.app.support.FakeTrainer;
import org.ganlab.engine.train.TrainingEvent;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StatusViewModelTest {

    @Test
    void measuresSpeedOnTheWallClockAndEstimatesTheRest() {
        AtomicLong now = new AtomicLong();
        StatusViewModel vm = new StatusViewModel(now::get);
        vm.runStarted(0, 1000, 10);
        now.set(1_000_000_000L);
        vm.progress(20, 1);
        now.set(3_000_000_000L);
        vm.progress(100, 1);

        assertEquals(40.0, vm.rateProperty().get(), 1e-9);
        assertEquals("40.0 it/s", vm.rateTextProperty().get());
        assertEquals("ETA 23s", vm.etaTextProperty().get());
        assertEquals("Iteration 100 / 1,000", vm.iterationTextProperty().get());
        assertEquals("Epoch 1 / 10", vm.epochTextProperty().get());
        assertEquals(40.0, vm.averageRate(), 1e-9);
    }

    @Test
    void speedDecaysWhileNoIterationArrivesAndRecoversWhenTheyDo() {
        AtomicLong now = new AtomicLong();
        StatusViewModel vm = new StatusViewModel(now::get);
        vm.runStarted(0, 10_000, 10);
        for (int i = 1; i <= 40; i++) {   // 10 iterations every 100 ms: 100 it/s
            now.set(i * 100_000_000L);
            vm.progress(i * 10, 1);
        }
        assertEquals(100.0, vm.rateProperty().get(), 1.0);

        now.addAndGet(2_000_000_000L);   // a 2 s stall (a checkpoint being saved)
        vm.tick();
        double afterTwo = vm.rateProperty().get();
        assertTrue(afterTwo < 60, "after 2 s without a step: " + afterTwo);
        now.addAndGet(8_000_000_000L);
        vm.tick();
        double afterTen = vm.rateProperty().get();
        assertTrue(afterTen < 2, "after 10 s without a step: " + afterTen);
        assertTrue(vm.etaTextProperty().get().contains("h"), "the ETA grows with the stall: " + vm.etaTextProperty().get());

        long t = now.get();
        for (int i = 1; i <= 40; i++) {
            now.set(t + i * 100_000_000L);
            vm.progress(400 + i * 10, 1);
        }
        assertEquals(100.0, vm.rateProperty().get(), 1.0);
    }

    @Test
    void showsWhatTheRunIsBusyWithUntilItIsDone() {
        StatusViewModel vm = new StatusViewModel(() -> 0L);
        assertEquals("", vm.activityTextProperty().get());

        vm.activityStarted(TrainingEvent.ActivityStarted.SAVING_CHECKPOINT);
        assertEquals("saving checkpoint…", vm.activityTextProperty().get());
        vm.activityStarted(TrainingEvent.ActivityStarted.WRITING_GIF);
        assertEquals("writing progress.gif…", vm.activityTextProperty().get(), "the latest shows");
        vm.activityFinished(TrainingEvent.ActivityStarted.WRITING_GIF);
        assertEquals("saving checkpoint…", vm.activityTextProperty().get(), "the one still running shows again");
        vm.activityFinished(TrainingEvent.ActivityStarted.SAVING_CHECKPOINT);
        assertEquals("", vm.activityTextProperty().get());
    }

    @Test
    void theTrainingPageRoutesActivityEventsToTheStatusBar() {
        TrainingViewModel training = new TrainingViewModel(new FakeTrainer(),
                new RunFolderService(Path.of("unused")), BackgroundTasks.synchronous(), () -> 0L, Events.tiny());

        training.apply(List.of(new TrainingEvent.ActivityStarted(40, TrainingEvent.ActivityStarted.TRAINING_CLASSIFIER)));
        assertEquals("training the metrics classifier…", training.status().activityTextProperty().get());
        training.apply(List.of(new TrainingEvent.ActivityFinished(41, TrainingEvent.ActivityStarted.TRAINING_CLASSIFIER)));
        assertEquals("", training.status().activityTextProperty().get());
    }

    @Test
    void formatsDurations() {
        assertEquals("59s", StatusViewModel.duration(59));
        assertEquals("2m 5s", StatusViewModel.duration(125));
        assertEquals("1h 1m", StatusViewModel.duration(3660));
    }
}
