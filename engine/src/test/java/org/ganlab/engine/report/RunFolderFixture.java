package org.ganlab.engine.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ganlab.engine.checkpoint.Checkpoint;
import org.ganlab.engine.checkpoint.CheckpointFile;
import org.ganlab.engine.checkpoint.ConfigJson;
import org.ganlab.engine.checkpoint.Provenance;
import org.ganlab.engine.export.ImageGrid;
import org.ganlab.engine.export.PngExport;
import org.ganlab.engine.model.ImageShape;
import org.ganlab.engine.run.RunFolder;
import org.ganlab.engine.train.NetworkState;
import org.ganlab.engine.train.TrainerState;
import org.ganlab.engine.train.TrainingConfig;

/**
 * Writes run folders for report tests without training: the files a run leaves, with made-up
 * but plausible numbers, so each part of a report can be present or left out.
 */
final class RunFolderFixture {

    static final String BACKEND = "CPU · test backend · 2 threads";
    /** Every row's step time in metrics.csv, so the training time is rows × this. */
    static final double STEP_MS = 100;

    private RunFolderFixture() {
    }

    static TrainingConfig config(String dataset) {
        return TrainingConfig.defaults().withDataset(dataset).withSnapshotEvery(100);
    }

    /** A folder with every part: config, metrics with quality columns, snapshots, GIF, changes, checkpoint. */
    static Path complete(Path dir, String dataset, int rows) throws IOException {
        Files.createDirectories(dir);
        TrainingConfig config = config(dataset);
        ConfigJson.write(config, dir.resolve(RunFolder.CONFIG));
        metrics(dir, rows, true);
        snapshots(dir, 3);
        RunFolder.writeGif(dir, dir.resolve(RunFolder.GIF), 200, 0, true, 300);
        changes(dir, "iteration,field,old,new\n40,learningRateG,2.0E-4,0.002\n40,dStepsPerGStep,1,2\n");
        checkpoint(dir, config);
        return dir;
    }

    /** metrics.csv: losses that wander, quality figures on every 50th row when {@code quality}. */
    static void metrics(Path dir, int rows, boolean quality) throws IOException {
        metrics(dir, rows, quality, 3);
    }

    /** As {@link #metrics(Path, int, boolean)}, other numbers for another {@code seed}. */
    static void metrics(Path dir, int rows, boolean quality, long seed) throws IOException {
        StringBuilder csv = new StringBuilder(RunFolder.METRICS_HEADER).append(quality ? RunFolder.QUALITY_COLUMNS : "").append('\n');
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 1; i <= rows; i++) {
            double drift = 0.15 * (seed - 3) * i / rows; // seed 3 stays level, as the report tests expect
            csv.append(String.format(Locale.ROOT, "%d,%d,%.6f,%.6f,%.6f,%.6f,%.3f", i, i / 500,
                    1.2 + 0.3 * rng.nextDouble() - drift, 0.8 + 0.5 * rng.nextDouble() + drift, 0.6 + 0.1 * rng.nextDouble(),
                    0.4 + 0.1 * rng.nextDouble(), STEP_MS + 20 * (seed - 3)));
            if (quality) {
                csv.append(i % 50 == 0 ? String.format(Locale.ROOT, ",%.4f,%d,%.4f",
                        (100.0 + 20 * (seed - 3)) / i, 10, 8.5 - 0.25 * (seed - 3)) : ",,,");
            }
            csv.append('\n');
        }
        Files.writeString(dir.resolve(RunFolder.METRICS), csv, StandardCharsets.UTF_8);
    }

    static void snapshots(Path dir, int count) throws IOException {
        snapshots(dir, count, 5);
    }

    /** Snapshots at iterations 0, 100, 200…; other noise for another {@code seed}. */
    static void snapshots(Path dir, int count, long seed) throws IOException {
        SplittableRandom rng = new SplittableRandom(seed);
        for (int s = 0; s < count; s++) {
            float[] values = new float[16 * 28 * 28];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) (2 * rng.nextDouble() - 1);
            }
            Path file = dir.resolve(RunFolder.SNAPSHOTS).resolve(String.format(Locale.ROOT, "epoch-%03d_iter-%08d.png", s, s * 100));
            PngExport.write(ImageGrid.of(values, 16, 1, 28, 28, 4, 2), file);
        }
    }

    static void changes(Path dir, String csv) throws IOException {
        Files.writeString(dir.resolve("changes.csv"), csv, StandardCharsets.UTF_8);
    }

    static void checkpoint(Path dir, TrainingConfig config) throws IOException {
        NetworkState net = new NetworkState(new float[] {1, 2}, new float[0], new float[] {0, 0, 0, 0}, 3);
        Provenance provenance = new Provenance("dev", "1.0.0-M2.1", BACKEND, "Linux amd64", "17.0.15", "2026-12-01T09:00:00Z");
        CheckpointFile.write(new Checkpoint(config, new ImageShape(1, 28, 28), 0,
                new TrainerState(300, 0.9, net, net), provenance), dir.resolve(CheckpointFile.FILE_NAME));
    }
}
