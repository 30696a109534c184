package org.ganlab.app.viewmodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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
    void listsRunsAndComparesTheSelectedOnesInTheTablesOrder() throws Exception {
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

        vm.compareSelected(List.of(vm.rows().get(2), vm.rows().get(0)));

        List<Path> compared = vm.compare().comparisonProperty().get().runs().stream().map(r -> r.dir()).toList();
        assertEquals(List.of(vm.rows().get(0).info().dir(), vm.rows().get(2).info().dir()), compared,
                "selected in any order, compared as listed");
    }

    private void fakeRun(String name) throws Exception {
        FakeRuns.create(root.resolve(name), 2);
    }
}
