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
import org.ganlab.engine.data.DataFingerprint;
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

    @Test
    void aConfigWrittenBeforeCheckpointMinutesGetsItsDefaultNotZero() throws IOException {
        String old = ConfigJson.toJson(TrainingConfig.defaults().withCheckpointMinutes(1))
                .replaceAll(",\\s*\"checkpointMinutes\"\\s*:\\s*1.0", "");
        assertTrue(!old.contains("checkpointMinutes"), old);
        assertEquals(TrainingConfig.DEFAULT_CHECKPOINT_MINUTES, ConfigJson.fromJson(old, "config.json").checkpointMinutes());
    }

    @Test
    void aConfigWrittenBeforeInitLoadsWithPytorchInitTheOnlyOneThenUsed() throws IOException {
        String old = ConfigJson.toJson(TrainingConfig.defaults().withInit("dcgan"))
                .replaceAll(",\\s*\"init\"\\s*:\\s*\"dcgan\"", "");
        assertTrue(!old.contains("\"init\""), old);
        assertEquals("pytorch", ConfigJson.fromJson(old, "config.json").init());
    }

    @Test
    void anUnknownInitIsRefusedNamingTheFieldAndTheChoices() {
        String json = ConfigJson.toJson(TrainingConfig.defaults()).replace("\"init\" : \"pytorch\"", "\"init\" : \"xavier\"");
        IOException e = assertThrows(IOException.class, () -> ConfigJson.fromJson(json, "config.json"));
        assertTrue(e.getMessage().contains("init must be one of pytorch, dcgan (was xavier)"), e.getMessage());
    }

    @Test
    void aMissingStepCountIsRefusedNamingTheFieldAndTheFile() throws IOException {
        Path file = dir.resolve(CheckpointFile.FILE_NAME);
        CheckpointFile.write(sample(), file);
        rewriteHeader(file, header -> header.replaceAll("\"gAdamSteps\"\\s*:\\s*7\\s*,", ""));
        IOException e = assertThrows(IOException.class, () -> CheckpointFile.read(file));
        assertEquals(file + ": damaged checkpoint: checkpoint.json has no gAdamSteps (the generator optimiser's"
                + " step count), so the run cannot continue exactly", e.getMessage());
    }

    @Test
    void theDataFingerprintRoundTripsAndAnOlderCheckpointWithoutOneStillLoads() throws IOException {
        Path file = dir.resolve(CheckpointFile.FILE_NAME);
        Checkpoint s = sample();
        DataFingerprint data = new DataFingerprint("mnist", 320, "00ff00ff00ff00ff", "0123456789abcdef");
        CheckpointFile.write(new Checkpoint(s.config(), s.imageShape(), s.classCount(), s.state(), s.provenance(), data), file);
        assertEquals(data, CheckpointFile.read(file).data());

        CheckpointFile.write(s, file);
        assertTrue(!new String(entry(file, "checkpoint.json")).contains("\"data\""), "no fingerprint written");
        Checkpoint old = CheckpointFile.read(file);
        assertEquals(null, old.data());
        assertEquals(42, old.state().iteration());
    }

    /** Rewrites checkpoint.json inside the zip, keeping the other entries. */
    private static void rewriteHeader(Path file, java.util.function.UnaryOperator<String> edit) throws IOException {
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        String header = new String(entries.get("checkpoint.json"), java.nio.charset.StandardCharsets.UTF_8);
        String edited = edit.apply(header);
        assertTrue(!edited.equals(header), "the edit changed the header: " + header);
        entries.put("checkpoint.json", edited.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
            }
        }
    }

    private static byte[] entry(Path file, String name) throws IOException {
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError(name + " not in " + file);
    }
}
