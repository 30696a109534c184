package org.ganlab.app.viewmodels;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.ganlab.app.model.GridImage;
import org.ganlab.app.model.MetricRow;
import org.ganlab.app.model.RunState;
import org.ganlab.app.model.TimelineFrame;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.ExportService;
import org.ganlab.app.services.ExportService.GifOptions;
import org.ganlab.app.services.RunFolderService;
import org.ganlab.engine.export.AtomicFiles;

/**
 * Exports (GIF of the timeline, PNG of the grid, CSV of the metrics, chart files, the run's HTML
 * report, the generator as a DL4J model) and "Save run as". Each copies what it needs on the FX thread, writes on a background thread, and reports
 * success or the cause of failure as a notice; nothing already saved is touched on failure.
 */
public final class ExportViewModel {

    private final TrainingViewModel training;
    private final ExportService exports;
    private final RunFolderService runs;
    private final BackgroundTasks tasks;
    private final ObjectProperty<GifOptions> gifOptions = new SimpleObjectProperty<>(GifOptions.defaults());
    private final ReadOnlyObjectWrapper<Path> lastWritten = new ReadOnlyObjectWrapper<>();

    public ExportViewModel(TrainingViewModel training, ExportService exports, RunFolderService runs,
                           BackgroundTasks tasks) {
        this.training = training;
        this.exports = exports;
        this.runs = runs;
        this.tasks = tasks;
    }

    // ---- Properties

    public ObjectProperty<GifOptions> gifOptionsProperty() { return gifOptions; }

    /** The file or folder most recently written. */
    public ReadOnlyObjectProperty<Path> lastWrittenProperty() { return lastWritten.getReadOnlyProperty(); }

    public BooleanBinding canExportGifProperty() {
        return Bindings.isNotEmpty(training.timeline().frames());
    }

    public BooleanBinding canExportGridProperty() {
        return Bindings.isNotNull(training.samples().gridProperty());
    }

    /**
     * A run can be saved elsewhere, or its generator exported, once it is not training (a stopped
     * run has its checkpoint).
     */
    public BooleanBinding canSaveProperty() {
        return Bindings.createBooleanBinding(() -> training.getRunDir() != null
                && !training.getState().isActive() && training.getState() != RunState.IDLE,
                training.runDirProperty(), training.stateProperty());
    }

    /** A report needs a run folder; one still training reports what it has written so far. */
    public BooleanBinding canExportReportProperty() {
        return Bindings.isNotNull(training.runDirProperty());
    }

    // ---- Commands

    public void exportGif(Path target) {
        if (target == null) {
            return;
        }
        List<TimelineFrame> frames = List.copyOf(training.timeline().frames());
        GifOptions options = gifOptions.get();
        TimelineViewModel timeline = training.timeline();
        write("GIF (" + frames.size() + " frames)", target,
                () -> exports.gif(frames, timeline::fullFrame, options, target));
    }

    public void exportGrid(Path target) {
        GridImage grid = training.samples().getGrid();
        if (target == null || grid == null) {
            return;
        }
        write("Sample grid", target, () -> exports.png(grid, 4, target));
    }

    public void exportCsv(Path target) {
        if (target == null) {
            return;
        }
        List<MetricRow> rows = List.copyOf(training.metrics().rows());
        write("Metrics (" + rows.size() + " rows)", target, () -> exports.csv(rows, target));
    }

    /** Writes bytes rendered on the FX thread (a chart as PNG or SVG). */
    public void exportBytes(String what, byte[] content, Path target) {
        if (target == null) {
            return;
        }
        write(what, target, () -> AtomicFiles.write(target, out -> out.write(content)));
    }

    /**
     * Writes the run's saved generator (its checkpoint, so the run must not be training) as a
     * DL4J model zip; the zip's README.txt says what goes in and comes out.
     */
    public void exportGeneratorDl4j(Path target) {
        Path source = training.getRunDir();
        if (target == null || source == null) {
            return;
        }
        write("DL4J generator", target, () -> exports.dl4jGenerator(source, target));
    }

    /** Writes the run folder's report: one HTML page with its charts, samples, GIF and config. */
    public void exportReport(Path target) {
        Path source = training.getRunDir();
        if (target == null || source == null) {
            return;
        }
        write("Run report", target, () -> exports.report(source, target));
    }

    /** Copies the run folder (checkpoint, timeline, metrics) to {@code target}. */
    public void saveRunAs(Path target) {
        Path source = training.getRunDir();
        if (target == null || source == null) {
            return;
        }
        write("Run", target, () -> runs.copy(source, target));
    }

    private interface Job {
        void run() throws Exception;
    }

    private void write(String what, Path target, Job job) {
        training.status().message("Writing " + target.getFileName() + "…");
        tasks.run(() -> {
            job.run();
            return target;
        }, done -> {
            lastWritten.set(done);
            training.status().message(what + " saved to " + done);
            training.notify(Notice.info(what + " saved", done.toString()));
        }, e -> {
            training.status().message(what + " not saved: " + Notice.cause(e));
            training.notify(Notice.error(what + " not saved", Notice.cause(e)));
        });
    }
}
