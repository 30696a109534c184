package org.ganlab.app.services;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.ganlab.app.model.GridImage;
import org.ganlab.app.model.MetricRow;
import org.ganlab.app.model.QualityRow;
import org.ganlab.app.model.RunInfo;
import org.ganlab.app.model.Snapshot;
import org.ganlab.app.model.TimelineFrame;
import org.ganlab.engine.checkpoint.ConfigJson;
import org.ganlab.engine.run.ChangeLog;
import org.ganlab.engine.run.ConfigChange;
import org.ganlab.engine.run.MetricsFile;
import org.ganlab.engine.train.TrainingConfig;

/**
 * Reads and copies run folders as the engine writes them: {@code config.json},
 * {@code metrics.csv}, {@code changes.csv}, {@code snapshots/epoch-EEE_iter-IIIIIIII.png},
 * {@code checkpoint.zip}.
 */
public final class RunFolderService {

    /** System property naming the runs folder; the default is {@code ~/ganlab-runs}. */
    public static final String RUNS_PROPERTY = "ganlab.runs";
    public static final String CONFIG = "config.json";
    public static final String METRICS = "metrics.csv";
    public static final String SNAPSHOTS = "snapshots";
    public static final String CHECKPOINT = "checkpoint.zip";

    private static final Pattern SNAPSHOT_NAME = Pattern.compile("epoch-(\\d+)_iter-(\\d+)\\.png");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

    private final Path root;

    public RunFolderService(Path root) {
        this.root = root;
    }

    public static Path defaultRoot() {
        String p = System.getProperty(RUNS_PROPERTY);
        return p != null && !p.isBlank() ? Path.of(p) : Path.of(System.getProperty("user.home"), "ganlab-runs");
    }

    public Path root() {
        return root;
    }

    /** A fresh folder name under the root, e.g. {@code 2025-05-01_14-03-22_mnist_mlp}. */
    public Path newRunDir(TrainingConfig config, LocalDateTime now) {
        String base = STAMP.format(now) + "_" + config.dataset() + "_" + config.model();
        Path dir = root.resolve(base);
        for (int i = 2; Files.exists(dir); i++) {
            dir = root.resolve(base + "-" + i);
        }
        return dir;
    }

    /**
     * Everything the window shows of a saved run.
     *
     * @param frames   the timeline, as thumbnails (the full grids stay on disk)
     * @param lastGrid the newest snapshot's full grid; null when there is none
     * @param quality  the metrics rows that carry quality figures (Fréchet distance, coverage, score)
     * @param changes  the live hyperparameter changes, oldest first ({@code changes.csv})
     */
    public record LoadedRun(Path dir, TrainingConfig config, List<MetricRow> metrics,
                            List<TimelineFrame> frames, GridImage lastGrid, boolean hasCheckpoint,
                            List<QualityRow> quality, List<ConfigChange> changes) {}

    public LoadedRun read(Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve(CONFIG))) {
            throw new NoSuchFileException(dir.resolve(CONFIG).toString(), null,
                    "not a run folder: it has no " + CONFIG);
        }
        MetricsRows metrics = readMetricsFile(dir.resolve(METRICS));
        List<TimelineFrame> frames = new ArrayList<>();
        GridImage last = readFrames(dir, frames);
        return new LoadedRun(dir, readConfig(dir), metrics.rows(), frames, last,
                Files.isRegularFile(dir.resolve(CHECKPOINT)), metrics.quality(), ChangeLog.read(dir));
    }

    public TrainingConfig readConfig(Path dir) throws IOException {
        return ConfigJson.read(dir.resolve(CONFIG));
    }

    public List<MetricRow> readMetrics(Path dir) throws IOException {
        return readMetricsFile(dir.resolve(METRICS)).rows();
    }

    /** metrics.csv's rows, and the quality figures of those that have them, read in one pass. */
    private record MetricsRows(List<MetricRow> rows, List<QualityRow> quality) {}

    /** Reads with the engine's {@link MetricsFile}: a torn last line and older columns are its job. */
    private static MetricsRows readMetricsFile(Path file) throws IOException {
        MetricsFile m = MetricsFile.read(file);
        MetricsRows read = new MetricsRows(new ArrayList<>(m.rows()), new ArrayList<>());
        for (int i = 0; i < m.rows(); i++) {
            long iteration = (long) m.value(MetricsFile.ITERATION, i);
            int epoch = (int) m.value(MetricsFile.EPOCH, i);
            read.rows().add(new MetricRow(iteration, epoch, m.value(MetricsFile.D_LOSS, i), m.value(MetricsFile.G_LOSS, i),
                    m.value(MetricsFile.D_REAL, i), m.value(MetricsFile.D_FAKE, i), m.value(MetricsFile.MILLIS, i)));
            double fid = m.value(MetricsFile.FID, i);
            if (!Double.isNaN(fid)) {
                read.quality().add(new QualityRow(iteration, epoch, fid, (int) m.value(MetricsFile.COVERAGE, i),
                        m.value(MetricsFile.SCORE, i)));
            }
        }
        return read;
    }

    /**
     * Adds the run's snapshots to {@code frames} as thumbnails, one PNG at a time, so opening a
     * run of thousands of snapshots never holds more than one full grid.
     *
     * @return the newest snapshot's full grid, or null when there is none
     */
    public GridImage readFrames(Path dir, List<TimelineFrame> frames) throws IOException {
        GridImage last = null;
        for (Path png : snapshotFiles(dir.resolve(SNAPSHOTS))) {
            Matcher m = SNAPSHOT_NAME.matcher(png.getFileName().toString());
            BufferedImage image = ImageIO.read(png.toFile());
            if (m.matches() && image != null) {
                last = GridImage.of(image);
                frames.add(TimelineFrame.of(new Snapshot(Long.parseLong(m.group(2)), Integer.parseInt(m.group(1)),
                        false, last, png)));
            }
        }
        return last;
    }

    /** The full grid of a snapshot PNG. */
    public static GridImage readGrid(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        if (image == null) {
            throw new IOException(png + " is not a readable PNG");
        }
        return GridImage.of(image);
    }

    /** Where the engine writes the snapshot of {@code iteration} (in {@code epoch}) in a run folder. */
    public static Path snapshotFile(Path runDir, int epoch, long iteration) {
        return runDir.resolve(SNAPSHOTS).resolve(String.format(java.util.Locale.ROOT, "epoch-%03d_iter-%08d.png",
                epoch, iteration));
    }

    private static List<Path> snapshotFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> SNAPSHOT_NAME.matcher(p.getFileName().toString()).matches())
                    .sorted().toList();
        }
    }

    /** The run folders under the root, newest first; unreadable ones are listed without a config. */
    public List<RunInfo> list() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<RunInfo> runs = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            for (Path dir : s.filter(d -> Files.isRegularFile(d.resolve(CONFIG))).toList()) {
                runs.add(summary(dir));
            }
        }
        runs.sort(Comparator.comparing(RunInfo::modified).reversed());
        return runs;
    }

    public RunInfo summary(Path dir) throws IOException {
        TrainingConfig config = null;
        try {
            config = readConfig(dir);
        } catch (IOException | RuntimeException e) {
            // shown as an unreadable run
        }
        List<MetricRow> rows = readMetrics(dir);
        MetricRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        List<Path> shots = snapshotFiles(dir.resolve(SNAPSHOTS));
        Instant modified = Files.getLastModifiedTime(dir.resolve(CONFIG)).toInstant();
        if (last != null) {
            modified = Files.getLastModifiedTime(dir.resolve(METRICS)).toInstant();
        }
        return new RunInfo(dir, modified, config, last == null ? 0 : last.epoch(),
                last == null ? 0 : last.iteration(), last == null ? Double.NaN : last.dLoss(),
                last == null ? Double.NaN : last.gLoss(),
                shots.isEmpty() ? null : shots.get(shots.size() - 1),
                Files.isRegularFile(dir.resolve(CHECKPOINT)), changesOrNone(dir));
    }

    /** The list of runs stays readable with a damaged changes.csv; opening the run names the problem. */
    private static List<ConfigChange> changesOrNone(Path dir) {
        try {
            return ChangeLog.read(dir);
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Copies a run folder to {@code target}, which must not exist yet. The copy is written under
     * a temporary name and renamed at the end, so a failed copy (disk full) leaves nothing half done.
     */
    public void copy(Path source, Path target) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "choose a new folder name");
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, ".saving-");
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path dest = tmp.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a leftover ".saving-" folder is harmless
        }
    }
}
