package org.ganlab.engine.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ganlab.engine.model.ImageShape;
import org.ganlab.engine.train.NetworkState;
import org.ganlab.engine.train.TrainerState;
import org.ganlab.engine.train.TrainingConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointFileTest {

    @TempDir
    Path dir;

    private static Checkpoint sample() {
        NetworkState g = new NetworkState(new float[] {1, 2, 3}, new float[] {0.5f}, new float[] {1, 2, 3, 4, 5, 6}, 7);
        NetworkState d = new NetworkState(new float[] {-1, Float.MIN_VALUE}, new float[] {0}, new float[] {0, 0, 0, 9}, 8);
        return new Checkpoint(TrainingConfig.defaults().withModel("dcgan").withSeed(3),
                new ImageShape(1, 28, 28), 10, new TrainerState(42, 0.75, g, d), Provenance.here("test"));
    }

    @Test
    void roundTripKeepsEveryValue() throws IOException {
        Path file = dir.resolve(CheckpointFile.FILE_NAME);
        Checkpoint written = sample();
        CheckpointFile.write(written, file);
        Checkpoint read = CheckpointFile.read(file);
        assertEquals(written.config(), read.config());
        assertEquals(written.imageShape(), read.imageShape());
        assertEquals(42, read.state().iteration());
        assertEquals(0.75, read.state().lastGLoss());
        assertArrayEquals(written.state().generator().moments(), read.state().generator().moments());
        assertArrayEquals(written.state().discriminator().params(), read.state().discriminator().params());
        assertEquals(8, read.state().discriminator().adamSteps());
        assertEquals("test", read.provenance().backend());
    }

    @Test
    void aTruncatedCheckpointIsReportedAsDamaged() throws IOException {
        Path file = dir.resolve(CheckpointFile.FILE_NAME);
        CheckpointFile.write(sample(), file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        IOException e = assertThrows(IOException.class, () -> CheckpointFile.read(file));
        assertTrue(e.getMessage().contains("checkpoint.zip") && e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void aZipWithoutWeightsNamesTheMissingPart() throws IOException {
        Path file = dir.resolve(CheckpointFile.FILE_NAME);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("checkpoint.json"));
            zip.write("{\"formatVersion\":1}".getBytes());
        }
        IOException e = assertThrows(IOException.class, () -> CheckpointFile.read(file));
        assertTrue(e.getMessage().contains("config.json is missing"), e.getMessage());
    }

    @Test
    void aNewerFormatIsRefusedWithItsVersion() throws IOException {
        Path file = dir.resolve(CheckpointFile.FILE_NAME);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("checkpoint.json"));
            zip.write("{\"formatVersion\":99}".getBytes());
        }
        IOException e = assertThrows(IOException.class, () -> CheckpointFile.read(file));
        assertTrue(e.getMessage().contains("format 99"), e.getMessage());
    }

    @Test
    void aConfigWithANegativeLearningRateIsRejectedOnLoad() {
        String json = ConfigJson.toJson(TrainingConfig.defaults()).replace("\"learningRateG\" : 2.0E-4", "\"learningRateG\" : -1.0");
        IOException e = assertThrows(IOException.class, () -> ConfigJson.fromJson(json, "config.json"));
        assertTrue(e.getMessage().contains("learningRateG must be > 0"), e.getMessage());
    }
}
