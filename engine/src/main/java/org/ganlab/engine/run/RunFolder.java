package org.ganlab.engine.run;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.ganlab.engine.checkpoint.Checkpoint;
import org.ganlab.engine.checkpoint.CheckpointFile;
import org.ganlab.engine.checkpoint.ConfigJson;
import org.ganlab.engine.export.AtomicFiles;
import org.ganlab.engine.export.GifExport;
import org.ganlab.engine.export.ImageGrid;
import org.ganlab.engine.export.PngExport;
import org.ganlab.engine.export.PointPlot;
import org.ganlab.engine.train.Samples;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent.DiversityMeasured;
import org.ganlab.engine.train.TrainingEvent.MetricsComputed;
import org.ganlab.engine.train.TrainingEvent.SamplesGenerated;
import org.ganlab.engine.train.TrainingEvent.StepCompleted;

/**
 * A run's folder on disk: {@code config.json}, {@code metrics.csv}, {@code snapshots/} (one PNG per
 * sample grid), {@code progress.gif} (one looping frame per snapshot, thinned for long runs) and
 * {@code checkpoint.zip}.
 * Whole files are written atomically; metrics are appended and flushed at each snapshot.
 */
public final class RunFolder implements AutoCloseable {

    public static final String CONFIG = "config.json";
    public static final String METRICS = "metrics.csv";
    public static final String SNAPSHOTS = "snapshots";
    public static final String GIF = "progress.gif";
    public static final String METRICS_HEADER = "iteration,epoch,d_loss,g_loss,d_real,d_fake,ms";
    /**
     * Columns a run with {@code metricsEvery > 0} adds after the seven of {@link #METRICS_HEADER}:
     * filled on the rows of the iterations where quality metrics were computed, empty elsewhere.
     */
    public static final String QUALITY_COLUMNS = ",fid,coverage,score";
    /**
     * The training doctor's columns, after the quality columns (which every run since them has,
     * empty without metrics): the L2 norms of D's and G's gradients on every row, and on snapshot
     * rows the samples' diversity against real data (1 = as varied), the 2-D modes covered (empty
     * for images) and how far the fixed-noise samples moved since the last snapshot.
     */
    public static final String DOCTOR_COLUMNS = ",grad_norm_d,grad_norm_g,diversity,modes_covered,sample_change";
    /** Snapshot names sort in time order: {@code epoch-003_iter-00001200.png}. */
    private static final Pattern SNAPSHOT_NAME = Pattern.compile("epoch-(\\d+)_iter-(\\d+)\\.png");
    private static final int GIF_DELAY_MS = 200;
    /**
     * Frames of {@code progress.gif} at most. A frame of 64 MNIST digits is 15–60 KB at scale 1
     * (noise early in a run compresses worst), so 300 frames are a few MB.
     */
    public static final int GIF_MAX_FRAMES = 300;
    /** Short runs' GIFs are drawn at twice the snapshot's size; past this many frames at 1× (a third of the bytes). */
    private static final int GIF_LARGE_FRAMES = 100;

    private final Path dir;
    private final MetricsCsv metrics;

    private RunFolder(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir.resolve(SNAPSHOTS));
        this.metrics = new MetricsCsv(dir.resolve(METRICS));
    }

    /** Starts a new run folder; refuses one that already holds a run, so nothing is overwritten. */
    public static RunFolder create(Path dir, TrainingConfig config) throws IOException {
        if (Files.exists(dir.resolve(CONFIG))) {
            throw new IOException(dir + " already holds a run: continue it, or choose another folder");
        }
        Files.createDirectories(dir);
        ConfigJson.write(config, dir.resolve(CONFIG));
        AtomicFiles.write(dir.resolve(METRICS), out -> out.write((MetricsCsv.HEADER + "\n").getBytes(StandardCharsets.UTF_8)));
        return new RunFolder(dir);
    }

    /**
     * Reopens a run to continue from its checkpoint at {@code iteration}: metrics rows and
     * snapshots from after it (left by a crash or a diverged run) are dropped, so the continued
     * run's records read as if it had never stopped (see {@link RunFolderRewind}).
     */
    public static RunFolder reopen(Path dir, TrainingConfig config, long iteration) throws IOException {
        RunFolderRewind.to(dir, iteration);
        ConfigJson.write(config, dir.resolve(CONFIG));
        return new RunFolder(dir);
    }

    public Path dir() {
        return dir;
    }

    public void append(StepCompleted s) throws IOException {
        metrics.append(s);
    }

    /**
     * Fills the quality columns of the row of {@code m.iteration()}, which must be the latest step
     * appended; ignored by older runs whose metrics.csv has no such columns.
     */
    public void append(MetricsComputed m) {
        metrics.append(m);
    }

    /** Fills the diversity columns of the latest step's row (a snapshot's); older runs have none. */
    public void append(DiversityMeasured d) {
        metrics.append(d);
    }

    /** Writes the grid as a PNG and flushes the metrics, so the folder is consistent at each snapshot. */
    public Path save(SamplesGenerated snapshot) throws IOException {
        metrics.flush();
        Path file = dir.resolve(SNAPSHOTS).resolve(String.format(Locale.ROOT, "epoch-%03d_iter-%08d.png",
                snapshot.epoch(), snapshot.iteration()));
        PngExport.write(grid(snapshot.samples()), file);
        return file;
    }

    /** The grid image of a sample batch; for 2-D points a scatter plot. */
    public static BufferedImage grid(Samples s) {
        if (s.height() == 1 && s.width() == 2) {
            return PointPlot.render(s.values(), 256);
        }
        int columns = (int) Math.ceil(Math.sqrt(s.count()));
        return ImageGrid.of(s.values(), s.count(), s.channels(), s.height(), s.width(), columns, 2);
    }

    public void save(Checkpoint checkpoint) throws IOException {
        metrics.flush();
        CheckpointFile.write(checkpoint, dir.resolve(CheckpointFile.FILE_NAME));
    }

    /**
     * Rebuilds {@code progress.gif} from the snapshots on disk, captioned with epoch and iteration,
     * and for long runs thinned to {@link #GIF_MAX_FRAMES} evenly spaced frames (first and last
     * kept), so the file stays a few MB. {@link ProgressGif} calls it off the training thread.
     */
    public static void writeProgressGif(Path runDir) throws IOException {
        writeGif(runDir, runDir.resolve(GIF), GIF_DELAY_MS, 0, true, GIF_MAX_FRAMES);
    }

    /**
     * Writes an animated GIF of a run's snapshots, reading one PNG at a time (memory stays at one
     * frame however long the run).
     *
     * @param loopCount 0 loops forever
     * @param captions  draw "epoch E · it I" under each frame
     * @param maxFrames at most this many frames, evenly spaced over the run (≥ 2)
     */
    public static void writeGif(Path runDir, Path target, int delayMs, int loopCount, boolean captions,
                                int maxFrames) throws IOException {
        List<Path> all = snapshots(runDir);
        List<Path> chosen = new ArrayList<>();
        for (int i : evenlySpaced(all.size(), maxFrames)) {
            chosen.add(all.get(i));
        }
        if (chosen.isEmpty()) {
            return;
        }
        int scale = chosen.size() <= GIF_LARGE_FRAMES ? 2 : 1;
        GifExport.write(chosen.size(), i -> readSnapshot(chosen.get(i), scale),
                captions ? i -> caption(chosen.get(i)) : null, delayMs, loopCount, target);
    }

    /**
     * {@code min(count, max)} indices into {@code 0..count-1}, evenly spaced, the first and the last
     * always among them.
     */
    public static int[] evenlySpaced(int count, int max) {
        int n = Math.min(count, Math.max(2, max));
        int[] picked = new int[n];
        for (int i = 0; i < n; i++) {
            picked[i] = n == count ? i : (int) Math.round(i * (count - 1.0) / (n - 1));
        }
        return picked;
    }

    private static BufferedImage readSnapshot(Path snapshot, int scale) throws IOException {
        BufferedImage image = ImageIO.read(snapshot.toFile());
        if (image == null) {
            throw new IOException(snapshot + " is not a readable PNG");
        }
        return ImageGrid.scaleUp(image, scale);
    }

    private static String caption(Path snapshot) {
        Matcher m = SNAPSHOT_NAME.matcher(snapshot.getFileName().toString());
        return m.matches() ? "epoch " + Integer.parseInt(m.group(1)) + " · it " + Long.parseLong(m.group(2)) : null;
    }

    /** The run's snapshot files in time order. */
    public static List<Path> snapshots(Path runDir) throws IOException {
        Path folder = runDir.resolve(SNAPSHOTS);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> SNAPSHOT_NAME.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
    }

    /** The iteration in a snapshot's file name; 0 for a name that is not a snapshot's. */
    public static long iterationOf(Path snapshot) {
        Matcher m = SNAPSHOT_NAME.matcher(snapshot.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(2)) : 0;
    }

    @Override
    public void close() throws IOException {
        metrics.close();
    }
}
