package org.ganlab.app.viewmodels;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganlab.app.model.GridImage;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.ComparisonService;
import org.ganlab.engine.report.RunComparison;
import org.ganlab.engine.run.RunFolder;

/**
 * The Compare view's sample grids: one scrubber ({@link #iterationProperty()}) drives every run,
 * each showing its snapshot nearest the chosen iteration. PNGs are read on a background thread;
 * a grid that arrives after the scrubber has moved on to another snapshot is dropped.
 */
public final class ComparedSamples {

    /**
     * One run's grid as shown.
     *
     * @param index     the run's place in the comparison (its colour)
     * @param snapshot  the snapshot wanted at the scrubber's iteration; null when the run has none
     * @param iteration the snapshot's own iteration
     * @param grid      its pixels; null until read (or when it could not be)
     */
    public record Cell(int index, String name, Path snapshot, long iteration, GridImage grid) {}

    private final ComparisonService service;
    private final BackgroundTasks tasks;
    private final ObservableList<Cell> cells = FXCollections.observableArrayList();
    private final LongProperty iteration = new SimpleLongProperty();
    private final ReadOnlyLongWrapper first = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper last = new ReadOnlyLongWrapper();
    private RunComparison comparison;

    public ComparedSamples(ComparisonService service, BackgroundTasks tasks) {
        this.service = service;
        this.tasks = tasks;
        iteration.addListener((obs, was, now) -> update());
    }

    public ObservableList<Cell> cells() { return cells; }

    /** The scrubber: the iteration every grid is shown at (nearest snapshot). */
    public LongProperty iterationProperty() { return iteration; }

    /** The scrubber's range: the first and last iteration any run has a snapshot at. */
    public ReadOnlyLongProperty firstProperty() { return first.getReadOnlyProperty(); }

    public ReadOnlyLongProperty lastProperty() { return last.getReadOnlyProperty(); }

    /** Shows a new comparison at the last iteration every run has reached. */
    void show(RunComparison c) {
        comparison = c;
        long[] range = c.snapshotRange();
        List<Long> common = c.sampleIterations(1);
        first.set(range[0]);
        last.set(range[1]);
        List<Cell> fresh = new ArrayList<>();
        for (int i = 0; i < c.runs().size(); i++) {
            fresh.add(new Cell(i, c.runs().get(i).name(), null, 0, null));
        }
        cells.setAll(fresh);
        long start = common.isEmpty() ? range[1] : common.get(common.size() - 1);
        if (iteration.get() == start) {
            update();
        } else {
            iteration.set(start);
        }
    }

    private void update() {
        if (comparison == null) {
            return;
        }
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            Path wanted = comparison.runs().get(i).snapshotNear(iteration.get());
            if (wanted != null && !wanted.equals(cell.snapshot())) {
                cells.set(i, new Cell(i, cell.name(), wanted, RunFolder.iterationOf(wanted), null));
                load(i, wanted);
            }
        }
    }

    private void load(int index, Path png) {
        tasks.run(() -> service.readGrid(png), grid -> {
            Cell now = index < cells.size() ? cells.get(index) : null;
            if (now != null && png.equals(now.snapshot())) {
                cells.set(index, new Cell(index, now.name(), png, now.iteration(), grid));
            }
        }, e -> { /* the cell stays empty; its caption still names the snapshot */ });
    }
}
