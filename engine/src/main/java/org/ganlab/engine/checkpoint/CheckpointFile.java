package org.ganlab.engine.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.ganlab.engine.data.DataFingerprint;
import org.ganlab.engine.export.AtomicFiles;
import org.ganlab.engine.model.ImageShape;
import org.ganlab.engine.train.NetworkState;
import org.ganlab.engine.train.TrainerState;

/**
 * Reads and writes {@code checkpoint.zip}: {@code checkpoint.json} (format version, counters,
 * image shape, provenance), {@code config.json}, and per network its parameters, running
 * statistics and Adam moments as little-endian float32 arrays. Writes are atomic: a crash or a
 * full disk leaves the previous checkpoint as it was.
 */
public final class CheckpointFile {

    public static final String FILE_NAME = "checkpoint.zip";
    private static final Map<String, String> FIELD_MEANINGS = Map.of(
            "iteration", " (the iterations trained)",
            "gAdamSteps", " (the generator optimiser's step count)",
            "dAdamSteps", " (the discriminator optimiser's step count)",
            "lastGLoss", " (the latest generator loss)",
            "imageShape", " (the shape of one example)",
            "classCount", " (the number of classes)");

    private CheckpointFile() {
    }

    public static void write(Checkpoint checkpoint, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.setLevel(1);
            put(zip, "checkpoint.json", ConfigJson.MAPPER.writeValueAsBytes(header(checkpoint)));
            put(zip, "config.json", ConfigJson.toJson(checkpoint.config()).getBytes(StandardCharsets.UTF_8));
            putNetwork(zip, "g", checkpoint.state().generator());
            FreezePoint.reach("checkpoint-write", zip);
            putNetwork(zip, "d", checkpoint.state().discriminator());
            zip.finish();
        });
    }

    private static ObjectNode header(Checkpoint c) {
        ObjectNode h = ConfigJson.MAPPER.createObjectNode();
        h.put("formatVersion", Checkpoint.FORMAT_VERSION);
        h.put("iteration", c.state().iteration());
        h.put("lastGLoss", c.state().lastGLoss());
        h.put("gAdamSteps", c.state().generator().adamSteps());
        h.put("dAdamSteps", c.state().discriminator().adamSteps());
        h.putPOJO("imageShape", c.imageShape());
        h.put("classCount", c.classCount());
        h.set("provenance", ConfigJson.MAPPER.valueToTree(c.provenance()));
        if (c.data() != null) {
            h.set("data", ConfigJson.MAPPER.valueToTree(c.data()));
        }
        return h;
    }

    /**
     * Reads a checkpoint; every failure is an {@code IOException} whose message names the file and
     * what is wrong with it (damaged, not a checkpoint, a newer format, a missing value).
     */
    public static Checkpoint read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no checkpoint here: the run has not finished an epoch yet");
        }
        Map<String, byte[]> entries = readEntries(file);
        JsonNode h = readJson(require(entries, "checkpoint.json", file), file);
        int version = h.path("formatVersion").asInt(-1);
        if (version < 1 || version > Checkpoint.FORMAT_VERSION) {
            throw new IOException(file + ": checkpoint format " + version
                    + " is not one this version reads (1.." + Checkpoint.FORMAT_VERSION + ")");
        }
        var config = ConfigJson.fromJson(new String(require(entries, "config.json", file), StandardCharsets.UTF_8),
                file + "/config.json");
        ImageShape shape = ConfigJson.MAPPER.treeToValue(field(h, "imageShape", file), ImageShape.class);
        TrainerState state = new TrainerState(field(h, "iteration", file).asLong(), field(h, "lastGLoss", file).asDouble(),
                network(entries, "g", field(h, "gAdamSteps", file).asInt(), file),
                network(entries, "d", field(h, "dAdamSteps", file).asInt(), file));
        Provenance provenance = ConfigJson.MAPPER.treeToValue(h.get("provenance"), Provenance.class);
        DataFingerprint data = h.has("data") ? ConfigJson.MAPPER.treeToValue(h.get("data"), DataFingerprint.class) : null;
        return new Checkpoint(config, shape, field(h, "classCount", file).asInt(), state, provenance, data);
    }

    private static JsonNode readJson(byte[] bytes, Path file) throws IOException {
        try {
            return ConfigJson.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new IOException(file + ": damaged checkpoint: checkpoint.json is not valid JSON", e);
        }
    }

    /**
     * A value checkpoint.json must hold. Reading a missing one as 0 would, for the optimiser's step
     * counts, silently restart Adam's bias correction, so the checkpoint is refused instead.
     */
    private static JsonNode field(JsonNode header, String name, Path file) throws IOException {
        JsonNode value = header.get(name);
        if (value == null || value.isNull()) {
            throw new IOException(file + ": damaged checkpoint: checkpoint.json has no " + name
                    + FIELD_MEANINGS.getOrDefault(name, "") + ", so the run cannot continue exactly");
        }
        return value;
    }

    /**
     * Only where a checkpoint came from, without reading its weights (a run report needs no more).
     *
     * @throws IOException naming the file when it is not a readable checkpoint
     */
    public static Provenance provenance(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("checkpoint.json");
            if (entry == null) {
                throw new IOException(file.getFileName() + ": damaged checkpoint: checkpoint.json is missing");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                JsonNode provenance = ConfigJson.MAPPER.readTree(in).get("provenance");
                if (provenance == null || provenance.isNull()) {
                    throw new IOException(file.getFileName() + ": the checkpoint records no provenance");
                }
                return ConfigJson.MAPPER.treeToValue(provenance, Provenance.class);
            }
        } catch (ZipException e) {
            throw new IOException(file.getFileName() + ": not a checkpoint (" + e.getMessage() + ")", e);
        }
    }

    private static Map<String, byte[]> readEntries(Path file) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new IOException(file + ": damaged checkpoint (" + e.getMessage() + ")", e);
        }
        if (entries.isEmpty()) {
            throw new IOException(file + ": not a checkpoint (empty, or not a zip file)");
        }
        return entries;
    }

    private static byte[] require(Map<String, byte[]> entries, String name, Path file) throws IOException {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new IOException(file + ": damaged checkpoint: " + name + " is missing");
        }
        return bytes;
    }

    private static void putNetwork(ZipOutputStream zip, String prefix, NetworkState n) throws IOException {
        put(zip, prefix + ".params", floats(n.params()));
        put(zip, prefix + ".state", floats(n.state()));
        put(zip, prefix + ".moments", floats(n.moments()));
    }

    private static NetworkState network(Map<String, byte[]> entries, String prefix, int adamSteps, Path file)
            throws IOException {
        return new NetworkState(floats(require(entries, prefix + ".params", file), file),
                floats(require(entries, prefix + ".state", file), file),
                floats(require(entries, prefix + ".moments", file), file), adamSteps);
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static byte[] floats(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }

    private static float[] floats(byte[] bytes, Path file) throws IOException {
        if (bytes.length % Float.BYTES != 0) {
            throw new IOException(file + ": damaged checkpoint: an array has a partial value");
        }
        float[] values = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }
}
