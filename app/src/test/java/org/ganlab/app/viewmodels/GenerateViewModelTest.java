package org.ganlab.app.viewmodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.GeneratorService;
import org.ganlab.app.services.RunFolderService;
import org.ganlab.app.support.Events;
import org.ganlab.app.support.FakeTrainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateViewModelTest {

    @TempDir
    Path root;

    private final FakeTrainer trainer = new FakeTrainer();
    private final BackgroundTasks tasks = BackgroundTasks.synchronous();

    @Test
    void saysWhatToDoBeforeThereIsARun() {
        TrainingViewModel training = new TrainingViewModel(trainer, new RunFolderService(root), tasks, System::nanoTime, Events.tiny());
        GenerateViewModel vm = new GenerateViewModel(new GeneratorService(trainer), tasks, training);
        vm.generate();
        assertNull(vm.gridProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("No run yet"));
    }

    @Test
    void drawsAGridAndWalksBetweenTwoLatentPointsFromTheLiveGenerator() {
        TrainingViewModel training = new TrainingViewModel(trainer, new RunFolderService(root), tasks, System::nanoTime, Events.tiny());
        training.train();
        training.apply(List.of(Events.started(trainer.startedDir, Events.tiny())));
        GenerateViewModel vm = new GenerateViewModel(new GeneratorService(trainer), tasks, training);

        vm.generateIfEmpty();
        assertNotNull(vm.gridProperty().get());
        assertEquals(8 * 28 + 9 * 2, vm.gridProperty().get().width());
        assertNotNull(vm.pointAProperty().get());
        assertNotNull(vm.betweenProperty().get());
        assertTrue(vm.messageProperty().get().contains("live generator"));

        vm.tProperty().set(0.9);
        assertEquals(28, vm.betweenProperty().get().width());
        vm.reroll();
        assertTrue(vm.messageProperty().get().contains("seed 2"));
    }

    @Test
    void aConditionalGeneratorDrawsTheChosenClass() {
        TrainingViewModel training = new TrainingViewModel(trainer, new RunFolderService(root), tasks, System::nanoTime, Events.tiny());
        org.ganlab.engine.train.TrainingConfig cgan = Events.tiny().withModel("cgan");
        GenerateViewModel vm = new GenerateViewModel(new GeneratorService(trainer), tasks, training);
        assertEquals(List.of(), vm.classes());
        training.train(cgan);
        training.apply(List.of(Events.started(trainer.startedDir, cgan)));
        assertEquals(org.ganlab.app.model.ClassNames.DIGITS, vm.classes());

        vm.generateIfEmpty();
        assertTrue(vm.messageProperty().get().startsWith("64 samples (one class after another)"), vm.messageProperty().get());
        vm.chosenClassProperty().set(7);
        assertTrue(vm.messageProperty().get().startsWith("64 samples of class 7"), vm.messageProperty().get());
        assertEquals(8 * 28 + 9 * 2, vm.gridProperty().get().width());
    }
}
