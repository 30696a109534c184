package org.ganlab.engine.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.stream.Stream;
import org.ganlab.engine.train.TrainingEvent.DiversityMeasured;
import org.ganlab.engine.train.TrainingEvent.MetricsComputed;
import org.ganlab.engine.train.TrainingEvent.StepCompleted;

/**
 * Appends a run's {@code metrics.csv} rows in the columns its header names. A new run's header
 * is {@link #HEADER}: the seven step columns, the quality columns (filled on the rows where
 * metrics were computed) and the doctor's columns (gradient norms on every row, the diversity
 * figures on snapshot rows); a continued older run keeps the columns it started with. A row
 * waits until the next step so that the metrics and diversity of its iteration can join it.
 */
final class MetricsCsv implements AutoCloseable {

    /** The header of every new run's metrics.csv. */
    static final String HEADER = RunFolder.METRICS_HEADER + RunFolder.QUALITY_COLUMNS + RunFolder.DOCTOR_COLUMNS;
    private static final String NO_QUALITY = ",,,";
    private static final String NO_DIVERSITY = ",,,";

    private final BufferedWriter out;
    private final boolean quality;
    private final boolean doctor;
    private long iteration = -1;
    private String row;
    private String normCells;
    private String qualityCells;
    private String diversityCells;

    /** Appends to {@code file}, whose header (it must exist) decides the columns. */
    MetricsCsv(Path file) throws IOException {
        String header = firstLine(file);
        this.quality = header.contains(RunFolder.QUALITY_COLUMNS);
        this.doctor = header.endsWith(RunFolder.DOCTOR_COLUMNS);
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String firstLine(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        try (Stream<String> lines = Files.lines(file)) {
            return lines.findFirst().orElse("");
        }
    }

    void append(StepCompleted s) throws IOException {
        writePending();
        iteration = s.iteration();
        row = String.format(Locale.ROOT, "%d,%d,%.6f,%.6f,%.6f,%.6f,%.3f",
                s.iteration(), s.epoch(), s.dLoss(), s.gLoss(), s.dReal(), s.dFake(), s.millis());
        normCells = "," + number(s.gradNormD()) + "," + number(s.gradNormG());
    }

    /** Fills the quality columns of the latest step's row when it is of the same iteration. */
    void append(MetricsComputed m) {
        if (row != null && iteration == m.iteration()) {
            qualityCells = String.format(Locale.ROOT, ",%.4f,%d,%.4f", m.fid(), m.coverage(), m.score());
        }
    }

    /** Fills the diversity columns (samples/real, modes covered, change) of the latest step's row. */
    void append(DiversityMeasured d) {
        if (row != null && iteration == d.iteration()) {
            diversityCells = "," + number(d.ratio()) + "," + (d.modes() > 0 ? d.modesCovered() : "") + "," + number(d.change());
        }
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "";
    }

    private void writePending() throws IOException {
        if (row == null) {
            return;
        }
        String qualityPart = quality ? (qualityCells != null ? qualityCells : NO_QUALITY) : "";
        String doctorPart = doctor ? normCells + (diversityCells != null ? diversityCells : NO_DIVERSITY) : "";
        out.write(row + qualityPart + doctorPart + "\n");
        row = null;
        qualityCells = null;
        diversityCells = null;
    }

    void flush() throws IOException {
        writePending();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        writePending();
        out.close();
    }
}
