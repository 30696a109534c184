package org.ganlab.app.viewmodels;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.ganlab.app.model.ChartLabels;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganlab.app.model.ChartMarker;
import org.ganlab.app.model.DecimatedSeries;
import org.ganlab.app.model.MetricRow;
import org.ganlab.app.model.MovingAverage;

/**
 * Every iteration's metrics (for CSV export) and, per metric, a raw and a smoothed series
 * decimated to at most {@link #POINTS} points (for the charts). Charts redraw when
 * {@link #revisionProperty()} changes, which happens once per {@link #publish()} — once per
 * batch of events, never once per point.
 */
public final class MetricsViewModel {

    /** The charted metrics, in legend order. */
    public enum Metric {
        D_LOSS("D loss"), G_LOSS("G loss"), D_REAL("mean D(x)"), D_FAKE("mean D(G(z))");

        private final String label;

        Metric(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        double of(MetricRow r) {
            return switch (this) {
                case D_LOSS -> r.dLoss();
                case G_LOSS -> r.gLoss();
                case D_REAL -> r.dReal();
                case D_FAKE -> r.dFake();
            };
        }
    }

    /** Points per drawn series: enough for a full-width chart, cheap to redraw. */
    public static final int POINTS = 1200;

    private final List<MetricRow> rows = new ArrayList<>();
    private final Map<Metric, DecimatedSeries> raw = new EnumMap<>(Metric.class);
    private final Map<Metric, DecimatedSeries> smooth = new EnumMap<>(Metric.class);
    private final Map<Metric, MovingAverage> ema = new EnumMap<>(Metric.class);
    private final ObservableList<ChartMarker> markers = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final ReadOnlyObjectWrapper<ChartLabels> labels = new ReadOnlyObjectWrapper<>(ChartLabels.PROBABILITY);
    private boolean dirty;

    public MetricsViewModel() {
        for (Metric m : Metric.values()) {
            raw.put(m, new DecimatedSeries(POINTS));
            smooth.put(m, new DecimatedSeries(POINTS));
            ema.put(m, new MovingAverage());
        }
    }

    // ---- Properties

    /** Changes once per published batch; charts redraw on it. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** What the charts call their numbers, which depends on the run's loss. */
    public ReadOnlyObjectProperty<ChartLabels> labelsProperty() {
        return labels.getReadOnlyProperty();
    }

    public ChartLabels getLabels() {
        return labels.get();
    }

    public DecimatedSeries raw(Metric m) {
        return raw.get(m);
    }

    public DecimatedSeries smoothed(Metric m) {
        return smooth.get(m);
    }

    public ObservableList<ChartMarker> markers() {
        return markers;
    }

    public List<MetricRow> rows() {
        return Collections.unmodifiableList(rows);
    }

    public int size() {
        return rows.size();
    }

    public MetricRow last() {
        return rows.isEmpty() ? null : rows.get(rows.size() - 1);
    }

    // ---- Commands

    /** Adds one iteration; call {@link #publish()} after a batch. */
    public void add(MetricRow row) {
        rows.add(row);
        for (Metric m : Metric.values()) {
            double v = m.of(row);
            if (Double.isFinite(v)) {
                raw.get(m).add(row.iteration(), v);
                smooth.get(m).add(row.iteration(), ema.get(m).add(v));
            }
        }
        dirty = true;
    }

    public void addAll(List<MetricRow> batch) {
        batch.forEach(this::add);
        publish();
    }

    /** Relabels the charts (for a run's or the setup's loss). */
    public void labels(ChartLabels value) {
        labels.set(value);
    }

    public void mark(long iteration, String label) {
        markers.add(new ChartMarker(iteration, label));
    }

    /** Tells the charts to redraw, if anything was added since the last call. */
    public void publish() {
        if (dirty) {
            dirty = false;
            revision.set(revision.get() + 1);
        }
    }

    public void clear() {
        rows.clear();
        raw.values().forEach(DecimatedSeries::clear);
        smooth.values().forEach(DecimatedSeries::clear);
        ema.values().forEach(MovingAverage::clear);
        markers.clear();
        dirty = true;
        publish();
    }
}
