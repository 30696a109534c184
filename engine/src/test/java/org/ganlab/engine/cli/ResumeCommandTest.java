package org.ganlab.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.ganlab.engine.checkpoint.CheckpointFile;
import org.ganlab.engine.checkpoint.ConfigJson;
import org.ganlab.engine.run.RunFolder;
import org.ganlab.engine.run.TrainingRun;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ganlab train --resume}: the saved run's config holds, and a bad checkpoint gets one clear line. */
class ResumeCommandTest {

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    private int run(String... args) {
        return cli.run(args);
    }

    /** 8 epochs of an MLP GAN on sixteen 8×8 images in batches of 8, stopped after its first epoch. */
    private Path stoppedRun(Path data) throws Exception {
        TrainingConfig config = TrainingConfig.defaults().withDataset("idx:" + data).withBatchSize(8)
                .withLatentSize(4).withEpochs(8).withSnapshotEvery(100).withLearningRateG(1e-3);
        Path runDir = dir.resolve("run");
        AtomicReference<TrainingRun> run = new AtomicReference<>();
        CompletableFuture<TrainingEvent> end = new CompletableFuture<>();
        run.set(TrainingRun.start(config, runDir, event -> {
            if (event instanceof TrainingEvent.CheckpointSaved) {
                run.get().stop();
            }
            if (event.isTerminal()) {
                end.complete(event);
            }
        }));
        assertInstanceOf(TrainingEvent.Stopped.class, end.get(120, TimeUnit.SECONDS));
        return runDir;
    }

    @Test
    void resumingWithoutOptionsRunsTheSavedEpochsAndKeepsEverySavedValue() throws Exception {
        Path runDir = stoppedRun(idxFolder(dir.resolve("data"), 1));
        TrainingConfig saved = ConfigJson.read(runDir.resolve(RunFolder.CONFIG));

        assertEquals(0, run("train", "--resume", runDir.toString()), cli.err());

        assertTrue(cli.out().contains("finished after 16 iterations"), "all 8 saved epochs, not the default 5: " + cli.out());
        assertEquals(saved, ConfigJson.read(runDir.resolve(RunFolder.CONFIG)), "config.json keeps the saved values");
    }

    @Test
    void anOptionGivenOnResumeChangesOnlyItsOwnField() throws Exception {
        Path runDir = stoppedRun(idxFolder(dir.resolve("data"), 1));
        TrainingConfig saved = ConfigJson.read(runDir.resolve(RunFolder.CONFIG));

        assertEquals(0, run("train", "--resume", runDir.toString(), "--epochs", "3", "--lr-d", "1e-3"), cli.err());

        assertTrue(cli.out().contains("finished after 6 iterations"), cli.out());
        assertEquals(saved.withEpochs(3).withLearningRateD(1e-3), ConfigJson.read(runDir.resolve(RunFolder.CONFIG)));
    }

    @Test
    void anotherModelOnResumeIsRefusedInOneLineAndNothingChanges() throws Exception {
        Path runDir = stoppedRun(idxFolder(dir.resolve("data"), 1));
        List<String> before = contents(runDir);

        assertEquals(2, run("train", "--resume", runDir.toString(), "--model", "dcgan", "--batch", "8"));

        assertEquals(List.of("ganlab: the checkpoint in " + runDir + " fixes the architecture and data, so --model dcgan"
                + " (the run has mlp) cannot apply; leave it out to continue the run, or start a new run with --out"),
                cli.err().lines().toList());
        assertEquals(before, contents(runDir));
    }

    @Test
    void aTruncatedOrGarbageCheckpointGetsOneLineNamingTheFileAndNothingIsOverwritten() throws Exception {
        Path runDir = stoppedRun(idxFolder(dir.resolve("data"), 1));
        Path checkpoint = runDir.resolve(CheckpointFile.FILE_NAME);
        byte[] bytes = Files.readAllBytes(checkpoint);

        Files.write(checkpoint, Arrays.copyOf(bytes, bytes.length / 3));
        List<String> truncated = contents(runDir);
        assertEquals(1, run("train", "--resume", runDir.toString()));
        List<String> lines = cli.err().lines().toList();
        assertEquals(1, lines.size(), cli.err());
        assertTrue(lines.get(0).startsWith("ganlab: " + checkpoint + ": damaged checkpoint ("), lines.get(0));
        assertEquals(truncated, contents(runDir));

        Files.writeString(checkpoint, "this is not a zip file at all, just words");
        List<String> garbage = contents(runDir);
        cli.clear();
        assertEquals(1, run("train", "--resume", runDir.toString()));
        assertEquals(List.of("ganlab: " + checkpoint + ": not a checkpoint (empty, or not a zip file)"),
                cli.err().lines().toList());
        assertEquals(garbage, contents(runDir));
    }

    @Test
    void theCheckpointOfAnotherRunGetsOneLineNamingTheFileAndNothingIsOverwritten() throws Exception {
        Path data = idxFolder(dir.resolve("data"), 1);
        Path runDir = stoppedRun(data);
        Path checkpoint = runDir.resolve(CheckpointFile.FILE_NAME);
        try (var in = ResumeCommandTest.class.getResourceAsStream("/checkpoints/mlp2d-ring8-format1.zip")) {
            Files.copy(in, checkpoint, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> before = contents(runDir);

        assertEquals(1, run("train", "--resume", runDir.toString()));

        assertEquals(List.of("ganlab: " + checkpoint + " belongs to another run: dataset is idx:" + data
                + " in config.json but ring8 in the checkpoint, model is mlp in config.json but mlp2d in the checkpoint,"
                + " batchSize is 8 in config.json but 32 in the checkpoint, hiddenUnits is 0 in config.json but 16 in"
                + " the checkpoint; nothing was changed"), cli.err().lines().toList());
        assertEquals(before, contents(runDir));
    }

    @Test
    void resumingOnChangedDataPrintsAWarningLine() throws Exception {
        Path data = idxFolder(dir.resolve("data"), 1);
        Path runDir = stoppedRun(data);
        idxFolder(data, 2);

        assertEquals(0, run("train", "--resume", runDir.toString()), cli.err());

        assertTrue(cli.out().lines().anyMatch(l -> l.startsWith("warning: the data set differs from the one "
                + runDir.resolve(CheckpointFile.FILE_NAME) + " was trained on")), cli.out());
    }

    @Test
    void everyConfigFieldHasAnOptionSoResumeCanTellWhatWasGiven() {
        CommandLine train = GanLabCli.commandLine().getSubcommands().get("train");
        for (var component : TrainingConfig.class.getRecordComponents()) {
            String option = TrainCommand.OPTION_NAMES.get(component.getName());
            assertNotNull(option, component.getName());
            assertNotNull(train.getCommandSpec().findOption(option), option);
        }
    }

    /** Every file of a run folder and a hash of its bytes. */
    private static List<String> contents(Path runDir) throws IOException {
        try (var files = Files.walk(runDir)) {
            return files.filter(Files::isRegularFile).sorted().map(f -> {
                try {
                    return f + ":" + Arrays.hashCode(Files.readAllBytes(f));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    /** Sixteen labelled 8×8 images as IDX files; {@code seed} varies the pixels. */
    static Path idxFolder(Path dir, int seed) throws IOException {
        Files.createDirectories(dir);
        int count = 16;
        ByteBuffer images = ByteBuffer.allocate(16 + count * 64).putInt(2051).putInt(count).putInt(8).putInt(8);
        for (int i = 0; i < count * 64; i++) {
            images.put((byte) ((i * 31 + seed * 7) % 256));
        }
        ByteBuffer labels = ByteBuffer.allocate(8 + count).putInt(2049).putInt(count);
        for (int i = 0; i < count; i++) {
            labels.put((byte) (i % 2));
        }
        Files.write(dir.resolve("train-images-idx3-ubyte"), images.array());
        Files.write(dir.resolve("train-labels-idx1-ubyte"), labels.array());
        return dir;
    }
}
