package org.ganlab.app.viewmodels;

import java.util.List;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.ganlab.app.model.DecimatedSeries;
import org.ganlab.app.model.GradientNorm;
import org.ganlab.app.model.MovingAverage;

/**
 * The L2 norms of D's and G's gradients, every iteration, for the gradient-norm chart: raw and
 * smoothed, decimated like the loss series. The chart's axis is logarithmic, so a norm that is
 * not a positive number (no G step on that iteration, or a run from before the column existed)
 * is left out rather than drawn at zero. Redraws once per {@link #publish()}, as the metrics do.
 */
public final class GradientNormsViewModel {

    private final DecimatedSeries d = new DecimatedSeries(MetricsViewModel.POINTS);
    private final DecimatedSeries g = new DecimatedSeries(MetricsViewModel.POINTS);
    private final DecimatedSeries dSmooth = new DecimatedSeries(MetricsViewModel.POINTS);
    private final DecimatedSeries gSmooth = new DecimatedSeries(MetricsViewModel.POINTS);
    private final MovingAverage dAverage = new MovingAverage();
    private final MovingAverage gAverage = new MovingAverage();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private boolean dirty;

    /** Changes once per published batch; the chart redraws on it. */
    public ReadOnlyLongProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    public DecimatedSeries d() { return d; }

    public DecimatedSeries g() { return g; }

    public DecimatedSeries dSmoothed() { return dSmooth; }

    public DecimatedSeries gSmoothed() { return gSmooth; }

    /** True while no norm is drawn, as for a run from before the engine measured them. */
    public boolean isEmpty() {
        return d.size() == 0 && g.size() == 0;
    }

    /** One iteration's norms; call {@link #publish()} after a batch. */
    public void add(long iteration, double normD, double normG) {
        if (normD > 0 && Double.isFinite(normD)) {
            d.add(iteration, normD);
            dSmooth.add(iteration, dAverage.add(normD));
            dirty = true;
        }
        if (normG > 0 && Double.isFinite(normG)) {
            g.add(iteration, normG);
            gSmooth.add(iteration, gAverage.add(normG));
            dirty = true;
        }
    }

    /** A reopened run's norms, as metrics.csv has them. */
    public void restore(List<GradientNorm> norms) {
        clear();
        norms.forEach(n -> add(n.iteration(), n.d(), n.g()));
        dirty = true;
        publish();
    }

    /** Tells the chart to redraw, if anything was added since the last call. */
    public void publish() {
        if (dirty) {
            dirty = false;
            revision.set(revision.get() + 1);
        }
    }

    public void clear() {
        for (DecimatedSeries s : List.of(d, g, dSmooth, gSmooth)) {
            s.clear();
        }
        dAverage.clear();
        gAverage.clear();
        dirty = true;
        publish();
    }
}
