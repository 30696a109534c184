package org.ganlab.app.charts;

import java.awt.Color;
import java.util.List;
import org.ganlab.app.model.ChartLabels;
import org.ganlab.app.model.ChartMarker;
import org.ganlab.app.viewmodels.MetricsViewModel;
import org.ganlab.app.viewmodels.MetricsViewModel.Metric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * Builds the training charts over a {@link MetricsViewModel}'s series. The charts hold no data
 * of their own: {@link Charts#refresh()} redraws them from the view-model.
 */
public final class TrainingCharts {

    private TrainingCharts() {
    }

    /** Both live charts and the datasets that feed them. */
    public record Charts(JFreeChart losses, JFreeChart outputs, SeriesDataset lossData,
                         SeriesDataset outputData) {
        public void refresh() {
            lossData.refresh();
            outputData.refresh();
        }

        /** Draws a vertical line where live hyperparameters changed, on both charts. */
        public void mark(ChartMarker marker) {
            for (JFreeChart c : List.of(losses, outputs)) {
                c.getXYPlot().addDomainMarker(marker(marker, c == losses));
            }
        }

        /**
         * Names what the numbers mean for the run's loss: titles, axes and legends; the output
         * axis is fixed to 0..1 only for probabilities (a critic's score is unbounded).
         */
        public void relabel(ChartLabels l) {
            losses.setTitle(l.lossTitle());
            losses.getXYPlot().getRangeAxis().setLabel(l.lossAxis());
            lossData.rename(0, l.dLoss());
            lossData.rename(2, l.dLoss() + " (smoothed)");
            outputs.setTitle(l.outputTitle());
            NumberAxis y = (NumberAxis) outputs.getXYPlot().getRangeAxis();
            y.setLabel(l.outputAxis());
            if (l.probability()) {
                y.setAutoRange(false);
                y.setRange(-0.02, 1.02);
            } else {
                y.setAutoRange(true);
            }
            outputData.rename(0, l.real());
            outputData.rename(1, l.fake());
            outputData.rename(2, l.real() + " smoothed");
            outputData.rename(3, l.fake() + " smoothed");
            for (JFreeChart c : List.of(losses, outputs)) {
                ChartTheme.apply(c);
            }
            refresh();
        }

        /** Removes the live-change lines (the foreground markers); the doctor's bands behind stay. */
        public void clearMarks() {
            for (JFreeChart c : List.of(losses, outputs)) {
                XYPlot plot = c.getXYPlot();
                java.util.Collection<?> shown = plot.getDomainMarkers(Layer.FOREGROUND);
                for (Object m : shown == null ? List.of() : List.copyOf(shown)) {
                    plot.removeDomainMarker(0, (org.jfree.chart.plot.Marker) m, Layer.FOREGROUND, false);
                }
                c.fireChartChanged();
            }
        }
    }

    public static Charts create(MetricsViewModel metrics) {
        SeriesDataset loss = new SeriesDataset()
                .add("D loss", metrics.raw(Metric.D_LOSS))
                .add("G loss", metrics.raw(Metric.G_LOSS))
                .add("D loss (smoothed)", metrics.smoothed(Metric.D_LOSS))
                .add("G loss (smoothed)", metrics.smoothed(Metric.G_LOSS));
        SeriesDataset outputs = new SeriesDataset()
                .add("mean D(x)", metrics.raw(Metric.D_REAL))
                .add("mean D(G(z))", metrics.raw(Metric.D_FAKE))
                .add("D(x) smoothed", metrics.smoothed(Metric.D_REAL))
                .add("D(G(z)) smoothed", metrics.smoothed(Metric.D_FAKE));
        JFreeChart lossChart = chart("Losses", "loss", loss, ChartTheme.D, ChartTheme.G);
        JFreeChart outputChart = chart("Discriminator outputs", "probability", outputs,
                ChartTheme.D_REAL, ChartTheme.D_FAKE);
        Charts charts = new Charts(lossChart, outputChart, loss, outputs);
        charts.relabel(metrics.getLabels());
        return charts;
    }

    /** Raw series thin and faint, smoothed ones bold: the trend reads at a glance. */
    static JFreeChart chart(String title, String yLabel, SeriesDataset data, Color a, Color b) {
        NumberAxis x = new NumberAxis("iteration");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        Color[] colors = {ChartTheme.faded(a, 90), ChartTheme.faded(b, 90), a, b};
        for (int s = 0; s < colors.length; s++) {
            r.setSeriesPaint(s, colors[s]);
            r.setSeriesStroke(s, ChartTheme.stroke(s < 2 ? 1f : 2.2f));
            r.setSeriesVisibleInLegend(s, s >= 2);
        }
        r.setDrawSeriesLineAsPath(true);
        XYPlot plot = new XYPlot(data, x, y, r);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartTheme.apply(chart);
        return chart;
    }

    private static ValueMarker marker(ChartMarker m, boolean labelled) {
        return ChartTheme.STYLE.marker(m.iteration(), labelled ? m.label() : null);
    }
}
