package org.ganlab.app.viewmodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.RunFolderService;
import org.ganlab.app.support.Events;
import org.ganlab.app.support.FakeRuns;
import org.ganlab.app.support.FakeTrainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunsViewModelTest {

    @TempDir
    Path root;

    @Test
    void listsRunsAndOverlaysTheTickedOnes() throws Exception {
        fakeRun("2025-01-01_10-00-00_mnist_mlp");
        fakeRun("2025-01-02_10-00-00_mnist_mlp");
        fakeRun("2025-01-03_10-00-00_mnist_mlp");
        BackgroundTasks tasks = BackgroundTasks.synchronous();
        RunFolderService runs = new RunFolderService(root);
        TrainingViewModel training = new TrainingViewModel(new FakeTrainer(), runs, tasks, System::nanoTime, Events.tiny());
        RunsViewModel vm = new RunsViewModel(runs, tasks, training);

        vm.refresh();
        assertEquals(3, vm.rows().size());
        assertTrue(vm.rows().get(0).hyperparameters().contains("batch 64"));
        assertEquals("D 1.300 · G 0.700", vm.rows().get(0).losses());

        long before = vm.overlayRevisionProperty().get();
        vm.rows().get(0).overlayProperty().set(true);
        vm.rows().get(2).overlayProperty().set(true);
        assertEquals(2, vm.overlays().size());
        assertEquals(8, vm.overlays().get(0).gLoss().size());
        assertTrue(vm.overlayRevisionProperty().get() > before);

        vm.refresh();
        assertEquals(2, vm.overlays().size(), "ticks survive a refresh");
    }

    private void fakeRun(String name) throws Exception {
        FakeRuns.create(root.resolve(name), 2);
    }
}
