package org.ganlab.app.viewmodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.ExportService;
import org.ganlab.app.services.RunFolderService;
import org.ganlab.app.support.Events;
import org.ganlab.app.support.FakeTrainer;
import org.ganlab.engine.Backend;
import org.ganlab.engine.checkpoint.Checkpoint;
import org.ganlab.engine.checkpoint.CheckpointFile;
import org.ganlab.engine.checkpoint.Provenance;
import org.ganlab.engine.toy.ToyDistribution;
import org.ganlab.engine.train.GanTrainer;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;

/** Export ▸ Generator as DL4J model…: once the run has stopped, its checkpoint's generator as a DL4J zip. */
class ExportViewModelTest {

    /** A small 2-D generator: the export path is the same for every model, and this one saves in a blink. */
    private static final TrainingConfig TOY = TrainingConfig.defaults().withDataset("ring8").withModel("mlp2d")
            .withHiddenUnits(16).withBatchSize(16);

    @TempDir
    Path root;

    private final FakeTrainer trainer = new FakeTrainer();
    private final BackgroundTasks tasks = BackgroundTasks.synchronous();
    private TrainingViewModel training;
    private ExportViewModel exports;

    @BeforeAll
    static void backend() {
        Backend.initialize();
    }

    private void startRun() {
        training = new TrainingViewModel(trainer, new RunFolderService(root), tasks, System::nanoTime, TOY);
        exports = new ExportViewModel(training, new ExportService(), new RunFolderService(root), tasks);
        assertFalse(exports.canSaveProperty().get(), "nothing to export before a run");
        training.train(TOY);
        training.apply(List.of(Events.started(trainer.startedDir, TOY)));
        assertFalse(exports.canSaveProperty().get(), "not while it trains");
    }

    private void finishRun() {
        training.apply(List.of(new TrainingEvent.RunFinished(2, 1, trainer.startedDir)));
        assertTrue(exports.canSaveProperty().get());
    }

    @Test
    void aFinishedRunsGeneratorIsWrittenAsAZipThatDl4jRestores() throws Exception {
        startRun();
        GanTrainer toy = new GanTrainer(TOY, ToyDistribution.named("ring8"));
        toy.step();
        CheckpointFile.write(new Checkpoint(TOY, toy.model().imageShape(), 0, toy.state(), Provenance.here("test")),
                trainer.startedDir.resolve(CheckpointFile.FILE_NAME));
        finishRun();

        Path target = root.resolve("exports/generator-dl4j.zip");
        exports.exportGeneratorDl4j(target);

        assertEquals(target, exports.lastWrittenProperty().get());
        assertEquals(Notice.info("DL4J generator saved", target.toString()), training.noticeProperty().get());
        MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(target.toFile());
        assertEquals(2, net.output(Nd4j.randn(org.nd4j.linalg.api.buffer.DataType.FLOAT, 1, 100)).length(),
                "one 2-D point per noise vector");
    }

    @Test
    void aRunWithoutCheckpointSaysSoAndWritesNothing() {
        startRun();
        finishRun();
        Path target = root.resolve("generator-dl4j.zip");
        exports.exportGeneratorDl4j(target);

        Notice notice = training.noticeProperty().get();
        assertEquals("DL4J generator not saved", notice.title());
        assertTrue(notice.text().contains("no checkpoint here"), notice.text());
        assertFalse(Files.exists(target));
    }
}
