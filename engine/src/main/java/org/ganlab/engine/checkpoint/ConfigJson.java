package org.ganlab.engine.checkpoint;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ganlab.engine.export.AtomicFiles;
import org.ganlab.engine.train.TrainingConfig;

/** {@code config.json}: a run's {@link TrainingConfig}, keys named as the record's fields. */
public final class ConfigJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ConfigJson() {
    }

    public static String toJson(TrainingConfig config) {
        try {
            return MAPPER.writeValueAsString(config);
        } catch (IOException e) {
            throw new IllegalStateException("a config always serialises", e);
        }
    }

    /**
     * Parses and validates; a bad value is reported as the config's own message. Keys that files
     * written before a field existed lack get that field's default (other missing numbers read 0).
     */
    public static TrainingConfig fromJson(String json, String source) throws IOException {
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (tree instanceof ObjectNode object && !object.has("checkpointMinutes")) {
                object.put("checkpointMinutes", TrainingConfig.DEFAULT_CHECKPOINT_MINUTES);
            }
            if (tree instanceof ObjectNode object && !object.has("init")) {
                // every run before the field existed started from PyTorch's initialisation
                object.put("init", TrainingConfig.DEFAULT_INIT);
            }
            return MAPPER.treeToValue(tree, TrainingConfig.class);
        } catch (IOException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new IOException(source + ": not a valid training config: " + root.getMessage(), e);
        }
    }

    public static void write(TrainingConfig config, Path file) throws IOException {
        AtomicFiles.write(file, out -> out.write(toJson(config).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    public static TrainingConfig read(Path file) throws IOException {
        return fromJson(Files.readString(file), file.getFileName().toString());
    }
}
