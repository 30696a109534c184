package org.ganlab.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganlab.engine.checkpoint.Checkpoint;
import org.ganlab.engine.checkpoint.CheckpointFile;
import org.ganlab.engine.data.DataFingerprint;
import org.ganlab.engine.model.ImageShape;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checkpoint saved by GAN Lab (format 1, with a data fingerprint), committed as a file: students'
 * saved runs must keep loading and continuing after any later change to the format. Made with
 * {@code ganlab train --dataset ring8 --model mlp2d --hidden 16 --latent 4 --batch 32
 * --iterations 50 --epochs 5 --snapshot-every 25 --checkpoint-minutes 0}.
 */
class CommittedCheckpointTest {

    private static final String FIXTURE = "/checkpoints/mlp2d-ring8-format1.zip";

    @TempDir
    Path dir;
    private Path runDir;

    @BeforeEach
    void copyTheFixtureIntoARunFolder() throws Exception {
        runDir = Files.createDirectories(dir.resolve("saved"));
        try (InputStream in = CommittedCheckpointTest.class.getResourceAsStream(FIXTURE)) {
            Files.copy(in, runDir.resolve(CheckpointFile.FILE_NAME));
        }
    }

    @Test
    void itsIterationConfigAndDataFingerprintRead() throws Exception {
        Checkpoint saved = CheckpointFile.read(runDir.resolve(CheckpointFile.FILE_NAME));
        assertEquals(50, saved.state().iteration());
        assertEquals(50, saved.state().generator().adamSteps());
        assertEquals(50, saved.state().discriminator().adamSteps());
        assertEquals(savedConfig(), saved.config());
        assertEquals(new ImageShape(1, 1, 2), saved.imageShape());
        assertEquals(DataFingerprint.named("ring8"), saved.data());
        assertEquals("1.0.0-M2.1", saved.provenance().nd4jVersion());
    }

    @Test
    void itContinuesForMoreIterations() throws Exception {
        EventRecorder events = new EventRecorder();
        TrainingRun.continueFrom(runDir, c -> c.withIterations(60), events);
        TrainingEvent.RunFinished end = assertInstanceOf(TrainingEvent.RunFinished.class, events.awaitEnd());
        assertEquals(60, end.iteration());
        assertEquals(List.of(), events.all(TrainingEvent.WarningIssued.class), "same data, no warning");

        List<TrainingEvent.StepCompleted> steps = events.all(TrainingEvent.StepCompleted.class);
        assertEquals(51, steps.get(0).iteration(), "continues after the saved iteration");
        assertEquals(10, steps.size());
        for (TrainingEvent.StepCompleted s : steps) {
            assertTrue(Double.isFinite(s.dLoss()) && Double.isFinite(s.gLoss()), s.toString());
        }
        assertEquals(60, CheckpointFile.read(runDir.resolve(CheckpointFile.FILE_NAME)).state().iteration());
    }

    private static TrainingConfig savedConfig() {
        return TrainingConfig.defaults().edit(b -> {
            b.dataset = "ring8"; b.model = "mlp2d"; b.hiddenUnits = 16; b.latentSize = 4; b.batchSize = 32;
            b.iterations = 50; b.epochs = 5; b.snapshotEvery = 25; b.checkpointMinutes = 0;
        });
    }
}
