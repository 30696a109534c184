package org.ganlab.engine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.ganlab.engine.checkpoint.Checkpoint;
import org.ganlab.engine.checkpoint.CheckpointFile;
import org.ganlab.engine.checkpoint.ConfigJson;
import org.ganlab.engine.train.TrainingConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a continued run starts: its folder's checkpoint, and the checkpoint's config with only the
 * changes the caller asked for. Everything is checked before the folder is touched, so a refused
 * resume leaves every file as it was.
 *
 * @param checkpoint the checkpoint read from the run folder
 * @param config     its config with the caller's changes (live fields only)
 */
record Resumption(Checkpoint checkpoint, TrainingConfig config) {

    private static final Logger LOG = LoggerFactory.getLogger(Resumption.class);

    /** The fields that fix the networks' shapes or the data order: a checkpoint cannot change them. */
    private static final List<Field> STRUCTURE = List.of(
            new Field("dataset", TrainingConfig::dataset), new Field("model", TrainingConfig::model),
            new Field("loss", TrainingConfig::loss), new Field("batchSize", TrainingConfig::batchSize),
            new Field("latentSize", TrainingConfig::latentSize), new Field("hiddenUnits", TrainingConfig::hiddenUnits),
            new Field("seed", TrainingConfig::seed), new Field("subset", TrainingConfig::subset));

    private record Field(String name, Function<TrainingConfig, Object> value) {}

    /**
     * @param changes applied to the saved config, e.g. {@code c -> c.withEpochs(30)}
     * @throws IOException when the folder holds no readable checkpoint, or one of another run
     * @throws IllegalArgumentException when {@code changes} alter a structural field
     */
    static Resumption of(Path runDir, UnaryOperator<TrainingConfig> changes) throws IOException {
        Path file = runDir.resolve(CheckpointFile.FILE_NAME);
        Checkpoint checkpoint = CheckpointFile.read(file);
        requireSameRun(runDir.resolve(RunFolder.CONFIG), checkpoint.config(), file);
        TrainingConfig config = changes.apply(checkpoint.config());
        List<String> changed = differences(checkpoint.config(), config, "%s %s → %s");
        if (!changed.isEmpty()) {
            throw new IllegalArgumentException(file + " fixes the architecture and the data, so "
                    + String.join(", ", changed) + " cannot change when the run continues; start a new run instead");
        }
        return new Resumption(checkpoint, config);
    }

    /** A checkpoint copied in from another run would otherwise overwrite this run's config and metrics. */
    private static void requireSameRun(Path configFile, TrainingConfig saved, Path checkpointFile) throws IOException {
        if (!Files.exists(configFile)) {
            return;
        }
        TrainingConfig folderConfig;
        try {
            folderConfig = ConfigJson.read(configFile);
        } catch (IOException e) {
            LOG.warn("{} is unreadable ({}); the checkpoint's own config is used", configFile, e.getMessage());
            return;
        }
        List<String> differ = differences(folderConfig, saved, "%s is %s in " + configFile.getFileName() + " but %s in the checkpoint");
        if (!differ.isEmpty()) {
            throw new IOException(checkpointFile + " belongs to another run: " + String.join(", ", differ)
                    + "; nothing was changed");
        }
    }

    /** For every structural field that differs, {@code pattern} filled with its name and both values. */
    private static List<String> differences(TrainingConfig before, TrainingConfig after, String pattern) {
        List<String> differ = new ArrayList<>();
        for (Field f : STRUCTURE) {
            Object a = f.value().apply(before);
            Object b = f.value().apply(after);
            if (!a.equals(b)) {
                differ.add(String.format(java.util.Locale.ROOT, pattern, f.name(), a, b));
            }
        }
        return differ;
    }
}
