package org.ganlab.engine.report;

import org.ganlab.engine.run.MetricsFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ganlab.engine.checkpoint.CheckpointFile;
import org.ganlab.engine.checkpoint.Provenance;
import org.ganlab.engine.run.ChangeLog;
import org.ganlab.engine.run.ConfigChange;
import org.ganlab.engine.run.RunFolder;

/**
 * Everything a run report shows, read from a run folder. Each part is read on its own, so a
 * folder from an older version, or with files missing or damaged, still gives a report: a part
 * that could not be read is a {@link Part} with no value and a sentence saying why.
 *
 * @param config    config.json's keys and values as written (not validated: an old or hand-edited
 *                  config still shows)
 * @param realImages the data set's first images, or a scatter of its points for a 2-D toy set
 * @param wallClock from the folder's first file to the last write of metrics.csv (includes pauses)
 */
public record RunReport(Path dir, Part<Map<String, String>> config, Part<MetricsFile> metrics,
                        Part<List<ConfigChange>> changes, Part<List<Path>> snapshots, Part<Path> gif,
                        Part<Provenance> provenance, Part<BufferedImage> realImages, Part<Duration> wallClock) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A part of the report: its value, or why it is missing (one sentence). */
    public record Part<T>(T value, String missing) {
        static <T> Part<T> of(T value) {
            return new Part<>(value, null);
        }

        static <T> Part<T> none(String why) {
            return new Part<>(null, why);
        }

        public boolean present() {
            return value != null;
        }
    }

    /**
     * Reads the folder.
     *
     * @throws IOException naming the folder when it is not a run folder (no config.json,
     *                     metrics.csv or checkpoint.zip in it)
     */
    public static RunReport read(Path dir) throws IOException {
        checkRunFolder(dir);
        Part<Map<String, String>> config = config(dir);
        return new RunReport(dir, config, metrics(dir), changes(dir), snapshots(dir), gif(dir),
                provenance(dir), realImages(config), wallClock(dir));
    }

    static void checkRunFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a folder");
        }
        if (!Files.isRegularFile(dir.resolve(RunFolder.CONFIG)) && !Files.isRegularFile(dir.resolve(RunFolder.METRICS))
                && !Files.isRegularFile(dir.resolve(CheckpointFile.FILE_NAME))) {
            throw new IOException(dir + " is not a run folder: it has no " + RunFolder.CONFIG + ", "
                    + RunFolder.METRICS + " or " + CheckpointFile.FILE_NAME);
        }
    }

    static Part<Map<String, String>> config(Path dir) {
        Path file = dir.resolve(RunFolder.CONFIG);
        if (!Files.isRegularFile(file)) {
            return Part.none("No " + RunFolder.CONFIG + " in this run folder.");
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || !root.isObject()) {
                return Part.none(RunFolder.CONFIG + " does not hold a JSON object.");
            }
            Map<String, String> values = new LinkedHashMap<>();
            root.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().isValueNode()
                    ? e.getValue().asText() : e.getValue().toString()));
            return Part.of(values);
        } catch (IOException e) {
            return Part.none(RunFolder.CONFIG + " could not be read: " + e.getMessage());
        }
    }

    static Part<MetricsFile> metrics(Path dir) {
        Path file = dir.resolve(RunFolder.METRICS);
        if (!Files.isRegularFile(file)) {
            return Part.none("No " + RunFolder.METRICS + " in this run folder.");
        }
        try {
            MetricsFile table = MetricsFile.read(file);
            return table.rows() == 0 ? Part.none(RunFolder.METRICS + " holds no iterations yet.") : Part.of(table);
        } catch (IOException e) {
            return Part.none(RunFolder.METRICS + " could not be read: " + e.getMessage());
        }
    }

    private static Part<List<ConfigChange>> changes(Path dir) {
        try {
            List<ConfigChange> changes = ChangeLog.read(dir);
            return changes.isEmpty() && !Files.exists(dir.resolve(ChangeLog.FILE))
                    ? Part.none("No " + ChangeLog.FILE + " in this run folder: no live changes recorded.")
                    : Part.of(changes);
        } catch (IOException e) {
            return Part.none(ChangeLog.FILE + " could not be read: " + e.getMessage());
        }
    }

    private static Part<List<Path>> snapshots(Path dir) {
        try {
            List<Path> files = RunFolder.snapshots(dir);
            return files.isEmpty() ? Part.none("No snapshots in this run folder.") : Part.of(files);
        } catch (IOException e) {
            return Part.none(RunFolder.SNAPSHOTS + " could not be listed: " + e.getMessage());
        }
    }

    private static Part<Path> gif(Path dir) {
        Path file = dir.resolve(RunFolder.GIF);
        return Files.isRegularFile(file) ? Part.of(file) : Part.none("No " + RunFolder.GIF + " in this run folder.");
    }

    private static Part<Provenance> provenance(Path dir) {
        Path file = dir.resolve(CheckpointFile.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Part.none("No " + CheckpointFile.FILE_NAME + " in this run folder: machine and backend unknown.");
        }
        try {
            return Part.of(CheckpointFile.provenance(file));
        } catch (IOException e) {
            return Part.none(e.getMessage());
        }
    }

    private static Part<BufferedImage> realImages(Part<Map<String, String>> config) {
        String dataset = config.present() ? config.value().get("dataset") : null;
        if (dataset == null || dataset.isBlank()) {
            return Part.none("No real images: the run's data set is not known.");
        }
        try {
            return Part.of(RealSamples.of(dataset));
        } catch (IOException | RuntimeException e) {
            return Part.none("No real images of '" + dataset + "': " + e.getMessage());
        }
    }

    private static Part<Duration> wallClock(Path dir) {
        try {
            Path metrics = dir.resolve(RunFolder.METRICS);
            if (!Files.isRegularFile(metrics)) {
                return Part.none("Wall clock unknown: no " + RunFolder.METRICS + ".");
            }
            long first = Files.getLastModifiedTime(metrics).toMillis();
            for (Path p : firstFiles(dir)) {
                first = Math.min(first, Files.getLastModifiedTime(p).toMillis());
            }
            return Part.of(Duration.ofMillis(Files.getLastModifiedTime(metrics).toMillis() - first));
        } catch (IOException e) {
            return Part.none("Wall clock unknown: " + e.getMessage());
        }
    }

    /** The files written when a run starts: config.json and the first snapshot. */
    private static List<Path> firstFiles(Path dir) throws IOException {
        List<Path> snapshots = RunFolder.snapshots(dir);
        return Stream.concat(Stream.of(dir.resolve(RunFolder.CONFIG)), snapshots.stream().limit(1))
                .filter(Files::isRegularFile).toList();
    }
}
