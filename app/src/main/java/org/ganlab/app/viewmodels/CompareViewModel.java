package org.ganlab.app.viewmodels;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.ComparisonService;
import org.ganlab.engine.report.ComparisonCharts;
import org.ganlab.engine.report.ConfigDiff;
import org.ganlab.engine.report.RunComparison;

/**
 * The Runs page's Compare view: two to six runs read side by side (in the background), their
 * curves against the iteration or the training time, their samples under one scrubber
 * ({@link ComparedSamples}), the settings that differ, and the same comparison as an HTML page.
 */
public final class CompareViewModel {

    private final ComparisonService service;
    private final BackgroundTasks tasks;
    private final ComparedSamples samples;
    private final ReadOnlyObjectWrapper<RunComparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ComparisonCharts.XAxis> xAxis = new SimpleObjectProperty<>(ComparisonCharts.XAxis.ITERATION);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Select 2 to 6 runs and press Compare.");
    private List<Path> dirs = List.of();

    public CompareViewModel(ComparisonService service, BackgroundTasks tasks) {
        this.service = service;
        this.tasks = tasks;
        this.samples = new ComparedSamples(service, tasks);
    }

    // ---- Properties

    /** The runs compared; null until the first comparison is read. */
    public ReadOnlyObjectProperty<RunComparison> comparisonProperty() { return comparison.getReadOnlyProperty(); }

    public ObjectProperty<ComparisonCharts.XAxis> xAxisProperty() { return xAxis; }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ComparedSamples samples() { return samples; }

    /** The settings that differ between the runs, one value per run; empty before a comparison. */
    public List<ConfigDiff.Setting> differingSettings() {
        return comparison.get() == null ? List.of() : comparison.get().config().differing();
    }

    /** The charts the compared runs have data for. */
    public List<ComparisonCharts.Kind> charts() {
        return comparison.get() == null ? List.of() : ComparisonCharts.kinds(comparison.get());
    }

    /** Where "Export comparison…" starts: the folder holding the first run compared. */
    public Path exportFolder() {
        Path parent = dirs.isEmpty() ? null : dirs.get(0).toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    /** True when {@code count} selected runs can be compared. */
    public static boolean canCompare(int count) {
        return count >= RunComparison.MIN_RUNS && count <= RunComparison.MAX_RUNS;
    }

    // ---- Commands

    /** Reads the runs in the background, then shows them; a problem is the message, naming the folder. */
    public void compare(List<Path> runDirs) {
        if (!canCompare(runDirs.size())) {
            message.set("Select " + RunComparison.MIN_RUNS + " to " + RunComparison.MAX_RUNS
                    + " runs to compare (" + runDirs.size() + " selected).");
            return;
        }
        List<Path> wanted = List.copyOf(runDirs);
        message.set("Reading " + wanted.size() + " runs…");
        tasks.run(() -> service.read(wanted), read -> {
            dirs = wanted;
            comparison.set(read);
            samples.show(read);
            message.set(read.runs().size() + " runs compared; " + read.config().differing().size()
                    + " settings differ.");
        }, e -> message.set("Could not compare: " + Notice.cause(e)));
    }

    /** Writes the comparison shown as one HTML page (the page {@code ganlab compare} writes). */
    public void export(Path target) {
        if (target == null || comparison.get() == null) {
            return;
        }
        List<Path> runs = dirs;
        message.set("Writing " + target.getFileName() + "…");
        tasks.run(() -> {
            service.export(runs, target);
            return target;
        }, done -> message.set("Comparison written to " + done), e -> message.set("Could not write "
                + target.getFileName() + ": " + Notice.cause(e)));
    }
}
