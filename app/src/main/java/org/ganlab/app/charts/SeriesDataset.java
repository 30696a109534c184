package org.ganlab.app.charts;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.app.model.DecimatedSeries;
import org.jfree.data.xy.AbstractXYDataset;

/**
 * A JFreeChart dataset that reads {@link DecimatedSeries} in place: no copying, and no change
 * event until {@link #refresh()}, so a chart redraws once per batch, not once per point.
 */
public final class SeriesDataset extends AbstractXYDataset {

    private final List<String> keys = new ArrayList<>();
    private final List<DecimatedSeries> series = new ArrayList<>();

    public SeriesDataset add(String key, DecimatedSeries data) {
        keys.add(key);
        series.add(data);
        return this;
    }

    /** Renames series {@code s} (its legend entry). */
    public void rename(int s, String key) {
        keys.set(s, key);
    }

    /** Tells the chart the data changed: one redraw. */
    public void refresh() {
        fireDatasetChanged();
    }

    @Override
    public int getSeriesCount() {
        return series.size();
    }

    @Override
    public Comparable<String> getSeriesKey(int s) {
        return keys.get(s);
    }

    @Override
    public int getItemCount(int s) {
        return series.get(s).size();
    }

    @Override
    public Number getX(int s, int item) {
        return series.get(s).x(item);
    }

    @Override
    public Number getY(int s, int item) {
        return series.get(s).y(item);
    }

    @Override
    public double getXValue(int s, int item) {
        return series.get(s).x(item);
    }

    @Override
    public double getYValue(int s, int item) {
        return series.get(s).y(item);
    }
}
