package org.ganlab.engine.doctor;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.ganlab.engine.checkpoint.ConfigJson;
import org.ganlab.engine.run.ChangeLog;
import org.ganlab.engine.run.RunFolder;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent.DiversityMeasured;
import org.ganlab.engine.train.TrainingEvent.StepCompleted;

/**
 * The records of one evaluation run, written as a run folder writes them ({@code config.json},
 * {@code metrics.csv} with the doctor's columns, {@code changes.csv}), so that {@link RunReplay}
 * can diagnose it again after the thresholds change, without training again. Rows are flushed
 * at every snapshot, so a run cut short still leaves what it did.
 */
final class EvaluationFolder implements AutoCloseable {

    static final String COST = "doctor-cost.txt";

    private final Path dir;
    private final BufferedWriter metrics;
    private final ChangeLog changes;
    private String pending;
    private long pendingIteration = -1;

    EvaluationFolder(Path dir, TrainingConfig config) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(ChangeLog.FILE));
        ConfigJson.write(config, dir.resolve(RunFolder.CONFIG));
        metrics = Files.newBufferedWriter(dir.resolve(RunFolder.METRICS), StandardCharsets.UTF_8);
        metrics.write(RunFolder.METRICS_HEADER + RunFolder.QUALITY_COLUMNS + RunFolder.DOCTOR_COLUMNS + "\n");
        changes = ChangeLog.create(dir);
    }

    void step(StepCompleted s) throws IOException {
        writePending(",,,");
        pendingIteration = s.iteration();
        pending = String.format(Locale.ROOT, "%d,%d,%.6f,%.6f,%.6f,%.6f,%.3f,,,,%s,%s", s.iteration(), s.epoch(), s.dLoss(),
                s.gLoss(), s.dReal(), s.dFake(), s.millis(), number(s.gradNormD()), number(s.gradNormG()));
    }

    void diversity(DiversityMeasured d) throws IOException {
        if (d.iteration() == pendingIteration) {
            writePending("," + number(d.ratio()) + "," + (d.modes() > 0 ? d.modesCovered() : "") + "," + number(d.change()));
            metrics.flush();
        }
    }

    /** A live change: recorded in changes.csv, and config.json becomes the config after it (as a run keeps it). */
    void changed(long iteration, TrainingConfig before, TrainingConfig after) throws IOException {
        changes.record(iteration, before, after);
        ConfigJson.write(after, dir.resolve(RunFolder.CONFIG));
    }

    void cost(double nanosPerStep, double stepMillis) throws IOException {
        Files.writeString(dir.resolve(COST), String.format(Locale.ROOT, "%.0f %.3f%n", nanosPerStep, stepMillis));
    }

    private void writePending(String diversityCells) throws IOException {
        if (pending != null) {
            metrics.write(pending + diversityCells + "\n");
            pending = null;
        }
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "";
    }

    @Override
    public void close() throws IOException {
        writePending(",,,");
        metrics.close();
    }
}
