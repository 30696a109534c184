package org.ganlab.app.viewmodels;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganlab.app.model.RunInfo;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.ComparisonService;
import org.ganlab.app.services.RunFolderService;

/**
 * The runs page: the run folders in the runs folder, newest first; open one; select two to six
 * to compare them ({@link CompareViewModel}).
 */
public final class RunsViewModel {

    private final RunFolderService runs;
    private final BackgroundTasks tasks;
    private final TrainingViewModel training;
    private final ObservableList<RunRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final CompareViewModel compare;

    public RunsViewModel(RunFolderService runs, BackgroundTasks tasks, TrainingViewModel training) {
        this.runs = runs;
        this.tasks = tasks;
        this.training = training;
        this.compare = new CompareViewModel(new ComparisonService(), tasks);
    }

    // ---- Properties

    public ObservableList<RunRow> rows() { return rows; }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public Path root() { return runs.root(); }

    public CompareViewModel compare() { return compare; }

    // ---- Commands

    public void refresh() {
        tasks.run(runs::list, this::show,
                e -> message.set("Could not list " + runs.root() + ": " + Notice.cause(e)));
    }

    /** Re-lists the folder when a run has just ended (it has new metrics and snapshots). */
    public void refreshIfStale() {
        if (!training.getState().isActive()) {
            refresh();
        }
    }

    private void show(List<RunInfo> list) {
        rows.setAll(list.stream().map(RunRow::new).toList());
        message.set(list.isEmpty() ? "No runs yet in " + runs.root() + ": train one and it appears here."
                : list.size() + " runs in " + runs.root());
    }

    /** Compares the selected runs, in the table's order (newest first). */
    public void compareSelected(List<RunRow> selected) {
        List<Path> dirs = rows.stream().filter(selected::contains).map(r -> r.info().dir()).toList();
        compare.compare(dirs);
    }

    public void open(RunRow row) {
        if (row != null) {
            training.open(row.info().dir());
        }
    }
}
