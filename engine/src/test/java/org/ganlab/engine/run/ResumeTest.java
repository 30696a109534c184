package org.ganlab.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.ganlab.engine.checkpoint.Checkpoint;
import org.ganlab.engine.checkpoint.CheckpointFile;
import org.ganlab.engine.checkpoint.ConfigJson;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Continuing a saved run: its config holds, and a checkpoint that does not fit is refused. */
class ResumeTest {

    @TempDir
    Path dir;

    private Path trained(String name, TrainingConfig config) throws Exception {
        Path runDir = dir.resolve(name);
        EventRecorder events = new EventRecorder();
        TrainingRun.start(config, runDir, events);
        assertInstanceOf(TrainingEvent.RunFinished.class, events.awaitEnd());
        return runDir;
    }

    /** Every file of a run folder and its bytes, to show that a refused resume changed nothing. */
    private static List<String> contents(Path runDir) throws IOException {
        try (var files = Files.walk(runDir)) {
            return files.filter(Files::isRegularFile).sorted().map(f -> {
                try {
                    return f + ":" + java.util.Arrays.hashCode(Files.readAllBytes(f));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void theSavedConfigHoldsExceptWhatTheCallerChanges() throws Exception {
        Path runDir = trained("run", Toy.ring(10).withLearningRateG(1e-3).withEpochs(7).withCheckpointMinutes(2));
        EventRecorder events = new EventRecorder();
        TrainingRun.continueFrom(runDir, c -> c.withIterations(15), events);
        TrainingEvent.RunFinished end = assertInstanceOf(TrainingEvent.RunFinished.class, events.awaitEnd());
        assertEquals(15, end.iteration());
        assertEquals(Toy.ring(15).withLearningRateG(1e-3).withEpochs(7).withCheckpointMinutes(2),
                ConfigJson.read(runDir.resolve(RunFolder.CONFIG)));
    }

    @Test
    void aChangeToWhatTheCheckpointFixesIsRefusedBeforeAnythingChanges() throws Exception {
        Path runDir = trained("run", Toy.ring(10));
        List<String> before = contents(runDir);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingRun.continueFrom(runDir, c -> c.withModel("mlp").withIterations(20), new EventRecorder()));
        assertTrue(e.getMessage().contains(runDir.resolve(CheckpointFile.FILE_NAME) + " fixes the architecture"), e.getMessage());
        assertTrue(e.getMessage().contains("model mlp2d → mlp"), e.getMessage());
        assertEquals(before, contents(runDir));
    }

    @Test
    void theCheckpointOfAnotherRunIsRefusedAndNothingIsOverwritten() throws Exception {
        Path ring = trained("ring", Toy.ring(10));
        Path grid = trained("grid", Toy.ring(10).withDataset("grid25"));
        Files.copy(grid.resolve(CheckpointFile.FILE_NAME), ring.resolve(CheckpointFile.FILE_NAME),
                StandardCopyOption.REPLACE_EXISTING);
        List<String> before = contents(ring);
        IOException e = assertThrows(IOException.class, () -> TrainingRun.continueFrom(ring, c -> c, new EventRecorder()));
        assertEquals(ring.resolve(CheckpointFile.FILE_NAME) + " belongs to another run: dataset is ring8 in config.json"
                + " but grid25 in the checkpoint; nothing was changed", e.getMessage());
        assertEquals(before, contents(ring));
    }

    @Test
    void weightsThatDoNotFitTheModelEndTheRunNamingTheFile() throws Exception {
        Path runDir = trained("run", Toy.ring(10));
        Path checkpointFile = runDir.resolve(CheckpointFile.FILE_NAME);
        Checkpoint saved = CheckpointFile.read(checkpointFile);
        // A config that claims wider hidden layers than the saved weights have, as after a model change.
        TrainingConfig wider = saved.config().withHiddenUnits(24);
        CheckpointFile.write(new Checkpoint(wider, saved.imageShape(), saved.classCount(), saved.state(),
                saved.provenance(), saved.data()), checkpointFile);
        Files.delete(runDir.resolve(RunFolder.CONFIG));
        List<String> before = contents(runDir);

        EventRecorder events = new EventRecorder();
        TrainingRun.continueFrom(runDir, c -> c.withIterations(20), events);
        TrainingEvent.RunFailed failed = assertInstanceOf(TrainingEvent.RunFailed.class, events.awaitEnd());
        assertTrue(failed.message().contains(checkpointFile + ": checkpoint holds"), failed.message());
        assertTrue(failed.message().contains("it belongs to another architecture; nothing was changed"), failed.message());
        assertEquals(before, contents(runDir));
    }

    @Test
    void resumingOnChangedDataWarnsAndAnOldCheckpointSaysItHasNoFingerprint() throws Exception {
        Path data = Toy.idxFolder(dir.resolve("data"), 16, 1);
        TrainingConfig config = TrainingConfig.defaults().withDataset("idx:" + data).withBatchSize(8)
                .withLatentSize(4).withEpochs(1).withSnapshotEvery(100);
        Path runDir = trained("run", config);
        Path checkpointFile = runDir.resolve(CheckpointFile.FILE_NAME);

        Toy.idxFolder(data, 16, 2);
        EventRecorder changed = new EventRecorder();
        TrainingRun.continueFrom(runDir, c -> c.withEpochs(2), changed);
        changed.awaitEnd();
        List<TrainingEvent.WarningIssued> warnings = changed.all(TrainingEvent.WarningIssued.class);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).message().startsWith("the data set differs from the one " + checkpointFile
                + " was trained on: it was "), warnings.get(0).message());
        assertTrue(warnings.get(0).message().contains("with 16 examples (first "), warnings.get(0).message());

        Checkpoint old = CheckpointFile.read(checkpointFile);
        CheckpointFile.write(new Checkpoint(old.config(), old.imageShape(), old.classCount(), old.state(),
                old.provenance()), checkpointFile);
        EventRecorder unknown = new EventRecorder();
        TrainingRun.continueFrom(runDir, c -> c.withEpochs(3), unknown);
        unknown.awaitEnd();
        List<TrainingEvent.WarningIssued> once = unknown.all(TrainingEvent.WarningIssued.class);
        assertEquals(1, once.size(), once.toString());
        assertTrue(once.get(0).message().contains(checkpointFile + " has no data fingerprint"), once.get(0).message());
    }

    @Test
    void theSameDataContinuesWithoutAWarning() throws Exception {
        Path runDir = trained("run", Toy.ring(10));
        EventRecorder events = new EventRecorder();
        TrainingRun.continueFrom(runDir, c -> c.withIterations(12), events);
        assertInstanceOf(TrainingEvent.RunFinished.class, events.awaitEnd());
        assertEquals(List.of(), events.all(TrainingEvent.WarningIssued.class));
    }
}
