package org.ganlab.engine.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.ganlab.engine.Backend;
import org.ganlab.engine.checkpoint.Checkpoint;
import org.ganlab.engine.checkpoint.CheckpointFile;
import org.ganlab.engine.checkpoint.Provenance;
import org.ganlab.engine.checkpoint.SavedGenerator;
import org.ganlab.engine.data.DatasetCatalog;
import org.ganlab.engine.data.ImageDataset;
import org.ganlab.engine.train.GanTrainer;
import org.ganlab.engine.train.Noise;
import org.ganlab.engine.train.TrainingConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;

/** {@code ganlab export --run RUN --dl4j G.zip}: what it writes and prints, and one line for each bad input. */
class ExportCommandTest {

    @TempDir
    static Path shared;
    private static Path run;

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    /** One run folder for all tests, holding only the checkpoint of a cdcgan trained two steps. */
    @BeforeAll
    static void cganRun() throws Exception {
        Backend.initialize();
        ImageDataset mnist = DatasetCatalog.load("mnist", DatasetCatalog.defaultAssetsDir()).firstN(32);
        TrainingConfig config = TrainingConfig.defaults().withModel("cdcgan").withBatchSize(16);
        GanTrainer trainer = new GanTrainer(config, mnist);
        trainer.step();
        trainer.step();
        run = shared.resolve("run");
        CheckpointFile.write(new Checkpoint(config, trainer.model().imageShape(), 10, trainer.state(),
                Provenance.here("test")), run.resolve(CheckpointFile.FILE_NAME));
    }

    private int export(Path run, Path zip) {
        return cli.run("export", "--run", run.toString(), "--dl4j", zip.toString());
    }

    @Test
    void writesAZipThatDl4jRestoresAndThatDrawsTheRunsSamples() throws Exception {
        Path zip = dir.resolve("out/G.zip");
        assertEquals(0, export(run, zip), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertTrue(lines.get(0).startsWith("wrote " + run + "'s generator (cdcgan, iteration 2) as a DL4J MultiLayerNetwork to "
                + zip + ": 7 layers, 853697 parameters"), lines.get(0));
        assertTrue(lines.get(1).startsWith("Input:  [n, 110] float32: columns 0..99 standard Gaussian noise"), lines.get(1));
        assertTrue(lines.get(2).startsWith("Output: [n, 1, 28, 28] = 1x28x28"), lines.get(2));

        MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(zip.toFile());
        float[] z = Noise.gaussian(4, 1, 100);
        float[] input = java.util.Arrays.copyOf(z, 110);
        input[100 + 6] = 10;
        float[] theirs = net.output(Nd4j.create(input, new long[] {1, 110}, 'c')).data().asFloat();
        float[] ours = SavedGenerator.load(run).generate(z, new int[] {6}, 1).values();
        assertArrayEquals(ours, theirs, 1e-5f);
    }

    @Test
    void aFolderWithoutCheckpointIsOneLineAndTheOldZipStays() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path zip = Files.writeString(dir.resolve("G.zip"), "PK\u0003\u0004 an older export");
        assertEquals(2, export(empty, zip));
        assertEquals(List.of("ganlab: --run " + empty + ": no checkpoint.zip in this folder (not a run folder, or the run has not finished an epoch yet)"),
                cli.err().lines().toList());
        assertEquals("PK\u0003\u0004 an older export", Files.readString(zip));
    }

    @Test
    void anExistingFileThatIsNotAZipIsNotOverwritten() throws Exception {
        Path notes = Files.writeString(dir.resolve("G.zip"), "my notes");
        assertEquals(2, export(run, notes));
        assertEquals(List.of("ganlab: --dl4j " + notes + ": exists and is not a zip file; choose another name, so it is not overwritten"),
                cli.err().lines().toList());
        assertEquals("my notes", Files.readString(notes));
    }

    @Test
    void aFolderAsTargetIsRefusedBeforeAnythingIsRead() throws Exception {
        Path target = Files.createDirectories(dir.resolve("models"));
        assertEquals(2, export(dir.resolve("no-such-run"), target));
        assertEquals(List.of("ganlab: --dl4j " + target + ": is a folder; name a file in it, e.g. " + target.resolve("G.zip")),
                cli.err().lines().toList());
        try (var files = Files.list(target)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void anUnwritablePlaceIsOneLineNamingTheFile() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
        Path zip = notAFolder.resolve("models/G.zip");
        assertEquals(2, export(run, zip));
        assertEquals(List.of("ganlab: --dl4j " + zip + ": cannot be created: " + notAFolder.toAbsolutePath() + " is a file, not a folder"),
                cli.err().lines().toList());
        assertEquals("a file, not a folder", Files.readString(notAFolder));
    }
}
