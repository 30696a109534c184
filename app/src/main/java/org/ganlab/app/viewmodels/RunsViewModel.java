package org.ganlab.app.viewmodels;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganlab.app.model.DecimatedSeries;
import org.ganlab.app.model.MetricRow;
import org.ganlab.app.model.MovingAverage;
import org.ganlab.app.model.RunInfo;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.RunFolderService;

/**
 * The runs page: the run folders in the runs folder, newest first; open one; tick several to
 * overlay their smoothed losses on one chart.
 */
public final class RunsViewModel {

    /** One run's curves in the overlay chart. */
    public record Overlay(String name, DecimatedSeries gLoss, DecimatedSeries dLoss) {}

    private final RunFolderService runs;
    private final BackgroundTasks tasks;
    private final TrainingViewModel training;
    private final ObservableList<RunRow> rows = FXCollections.observableArrayList();
    private final List<Overlay> overlays = new ArrayList<>();
    private final ReadOnlyLongWrapper overlayRevision = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public RunsViewModel(RunFolderService runs, BackgroundTasks tasks, TrainingViewModel training) {
        this.runs = runs;
        this.tasks = tasks;
        this.training = training;
    }

    // ---- Properties

    public ObservableList<RunRow> rows() { return rows; }

    public List<Overlay> overlays() { return List.copyOf(overlays); }

    /** Changes whenever the overlay chart must redraw. */
    public ReadOnlyLongProperty overlayRevisionProperty() { return overlayRevision.getReadOnlyProperty(); }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public Path root() { return runs.root(); }

    // ---- Commands

    public void refresh() {
        Set<Path> ticked = rows.stream().filter(r -> r.overlayProperty().get())
                .map(r -> r.info().dir()).collect(Collectors.toSet());
        tasks.run(runs::list, list -> show(list, ticked),
                e -> message.set("Could not list " + runs.root() + ": " + Notice.cause(e)));
    }

    /** Re-lists the folder when a run has just ended (it has new metrics and snapshots). */
    public void refreshIfStale() {
        if (!training.getState().isActive()) {
            refresh();
        }
    }

    private void show(List<RunInfo> list, Set<Path> ticked) {
        List<RunRow> fresh = new ArrayList<>();
        for (RunInfo info : list) {
            RunRow row = new RunRow(info);
            row.overlayProperty().set(ticked.contains(info.dir()));
            row.overlayProperty().addListener((obs, was, now) -> updateOverlay());
            fresh.add(row);
        }
        rows.setAll(fresh);
        message.set(list.isEmpty() ? "No runs yet in " + runs.root() + ": train one and it appears here."
                : list.size() + " runs in " + runs.root());
        updateOverlay();
    }

    public void open(RunRow row) {
        if (row != null) {
            training.open(row.info().dir());
        }
    }

    /** Loads the ticked runs' metrics (in the background) and redraws the overlay. */
    public void updateOverlay() {
        List<Path> dirs = rows.stream().filter(r -> r.overlayProperty().get())
                .map(r -> r.info().dir()).toList();
        tasks.run(() -> load(dirs), loaded -> {
            overlays.clear();
            overlays.addAll(loaded);
            overlayRevision.set(overlayRevision.get() + 1);
        }, e -> message.set("Could not read metrics: " + Notice.cause(e)));
    }

    private List<Overlay> load(List<Path> dirs) throws java.io.IOException {
        List<Overlay> loaded = new ArrayList<>();
        for (Path dir : dirs) {
            loaded.add(overlay(dir, runs.readMetrics(dir)));
        }
        return loaded;
    }

    static Overlay overlay(Path dir, List<MetricRow> metrics) {
        DecimatedSeries g = new DecimatedSeries(MetricsViewModel.POINTS);
        DecimatedSeries d = new DecimatedSeries(MetricsViewModel.POINTS);
        MovingAverage eg = new MovingAverage();
        MovingAverage ed = new MovingAverage();
        for (MetricRow r : metrics) {
            double gy = eg.add(r.gLoss());
            double dy = ed.add(r.dLoss());
            if (!Double.isNaN(gy)) {
                g.add(r.iteration(), gy);
            }
            if (!Double.isNaN(dy)) {
                d.add(r.iteration(), dy);
            }
        }
        return new Overlay(dir.getFileName().toString(), g, d);
    }
}
