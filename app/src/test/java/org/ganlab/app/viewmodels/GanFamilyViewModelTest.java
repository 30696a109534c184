package org.ganlab.app.viewmodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.ganlab.app.model.ClassNames;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.RunFolderService;
import org.ganlab.app.support.Events;
import org.ganlab.app.support.FakeTrainer;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conditional grids get class rows; the charts name what each loss's numbers are. */
class GanFamilyViewModelTest {

    @TempDir
    Path root;

    private final FakeTrainer trainer = new FakeTrainer();
    private TrainingViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new TrainingViewModel(trainer, new RunFolderService(root), BackgroundTasks.synchronous(),
                new AtomicLong()::get, TrainingConfig.defaults());
    }

    private void run(TrainingConfig cfg, TrainingEvent... events) {
        vm.train(cfg);
        List<TrainingEvent> batch = new java.util.ArrayList<>();
        batch.add(new TrainingEvent.RunStarted(0, trainer.startedDir, cfg, "CPU", 469, 9380, 0));
        batch.addAll(List.of(events));
        vm.apply(batch);
    }

    @Test
    void aConditionalGridHasOneRowPerClassLabelledWithTheClass() {
        run(TrainingConfig.defaults().withDataset("fashion-mnist").withModel("cgan"),
                new TrainingEvent.SamplesGenerated(50, 1, false, Events.samples(100, 0.1f)));

        assertEquals(ClassNames.FASHION, vm.samples().rowLabels());
        assertEquals(10, vm.samples().columns());
        assertEquals(10 * 28 + 11 * 2, vm.samples().getGrid().width());
        assertEquals(1, vm.timeline().size());
    }

    @Test
    void anUnconditionalGridHasNoRowLabels() {
        run(TrainingConfig.defaults(), Events.grid(4, 0.2f));
        assertEquals(List.of(), vm.samples().rowLabels());
        assertEquals(8, vm.samples().columns());
    }

    @Test
    void chartLabelsFollowTheSetupsLossThenTheRunsLoss() {
        assertTrue(vm.metrics().getLabels().probability());
        vm.setup().field(HyperParameter.LOSS).setText("wgan");
        assertEquals("critic loss", vm.metrics().getLabels().dLoss());
        assertFalse(vm.metrics().getLabels().probability());

        run(TrainingConfig.defaults().withLoss("hinge"));
        assertEquals("score D(x) / D(G(z))", vm.metrics().getLabels().outputAxis());
    }

    @Test
    void twoDRunsShowTheirIterationsNotEpochs() {
        TrainingConfig toy = ToyLabViewModel.defaults();
        run(toy, new TrainingEvent.StepCompleted(250, 3, 1.3, 0.7, 0.5, 0.5, 2),
                new TrainingEvent.SamplesGenerated(250, 3, false,
                        new org.ganlab.engine.train.Samples(512, 1, 1, 2, new float[1024])));
        assertEquals("Epoch 3", vm.status().epochTextProperty().get());
        assertEquals(1, vm.samples().columns(), "a scatter");
    }
}
