package org.ganlab.app.viewmodels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.ganlab.app.model.GridImage;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.GeneratorService;
import org.ganlab.app.services.RunFolderService;
import org.ganlab.app.support.Events;
import org.ganlab.app.support.FakeRuns;
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
        assertNull(trainer.generated.get(0).labels(), "every class: the classes in turn");
        vm.chosenClassProperty().set(7);
        assertTrue(vm.messageProperty().get().startsWith("64 samples of class 7"), vm.messageProperty().get());
        assertEquals(8 * 28 + 9 * 2, vm.gridProperty().get().width());

        trainer.generated.clear();
        vm.reroll();
        FakeTrainer.Request grid = trainer.generated.get(0);
        assertEquals(64, grid.count(), "exactly the images shown, none thrown away");
        assertEquals(64, grid.labels().length);
        assertTrue(java.util.Arrays.stream(grid.labels()).allMatch(l -> l == 7), "every one of class 7");
        vm.tProperty().set(0.2);
        FakeTrainer.Request walk = trainer.generated.get(trainer.generated.size() - 1);
        assertEquals(3, walk.count());
        assertArrayEquals(new int[] {7, 7, 7}, walk.labels());
    }

    @Test
    void aSavedRunIsLoadedOnceForEveryGridAndSliderMove() throws Exception {
        TrainingViewModel training = new TrainingViewModel(trainer, new RunFolderService(root), tasks, System::nanoTime, Events.tiny());
        int[] loads = {0};
        int[] draws = {0};
        GeneratorService generator = new GeneratorService(trainer, dir -> {
            loads[0]++;
            return (latent, labels, count) -> {
                draws[0]++;
                return Events.samples(count, 0.5f);
            };
        });
        GenerateViewModel vm = new GenerateViewModel(generator, tasks, training);
        vm.useSavedRun(FakeRuns.create(root.resolve("saved"), 1));
        for (int i = 1; i <= 5; i++) {
            vm.tProperty().set(i / 10.0);
        }
        vm.reroll();

        assertTrue(vm.messageProperty().get().contains("saved generator of saved"), vm.messageProperty().get());
        assertEquals(1, loads[0], "one load for every request of the same run");
        assertEquals(2 + 5 + 2, draws[0], "a grid and its end points twice, five slider moves");
    }

    @Test
    void aTwoDimensionalRunDrawsAScatterNotGreyPixels() {
        org.ganlab.engine.train.TrainingConfig toy = Events.tiny().withDataset("ring8").withModel("mlp2d").withIterations(1000);
        TrainingViewModel training = new TrainingViewModel(trainer, new RunFolderService(root), tasks, System::nanoTime, toy);
        trainer.points = true;
        trainer.pointValue = 2f;
        training.train(toy);
        training.apply(List.of(Events.started(trainer.startedDir, toy)));
        GenerateViewModel vm = new GenerateViewModel(new GeneratorService(trainer), tasks, training);

        vm.generateIfEmpty();
        GridImage plot = vm.gridProperty().get();
        assertEquals(GenerateViewModel.SCATTER_SIZE, plot.width());
        assertEquals(GenerateViewModel.SCATTER_POINTS, trainer.generated.get(0).count());
        assertTrue(vm.messageProperty().get().startsWith("512 points"), vm.messageProperty().get());
        assertEquals(ORANGE, pixelAt(plot, 2, 2), "a point where the generator put them");
        assertTrue(pixelAt(plot, -2, -2) != ORANGE, "none elsewhere");
        assertEquals(ORANGE, pixelAt(vm.betweenProperty().get(), 2, 2), "the point between A and B, plotted");
    }

    private static final int ORANGE = 0xFFFFAA3C;

    /** The pixel where PointPlot draws (x, y). */
    private static int pixelAt(GridImage image, double x, double y) {
        double e = org.ganlab.engine.export.PointPlot.EXTENT;
        int px = (int) Math.round((x + e) / (2 * e) * (image.width() - 1));
        int py = (int) Math.round((e - y) / (2 * e) * (image.height() - 1));
        return image.argb()[py * image.width() + px];
    }
}
