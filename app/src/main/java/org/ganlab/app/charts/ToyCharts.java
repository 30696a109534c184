package org.ganlab.app.charts;

import java.awt.Color;
import org.ganlab.app.viewmodels.ToyLabViewModel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;

/**
 * The 2-D lab's coverage chart: modes covered (steps, left axis, 0..modes) and the KL divergence
 * between real and generated densities (line, right axis) over iterations. When G collapses, the
 * steps fall and the KL climbs.
 */
public final class ToyCharts {

    public static final Color MODES = new Color(0x3fb950);
    public static final Color KL = new Color(0xd2a8ff);

    private ToyCharts() {
    }

    /** The chart and its datasets; {@link Coverage#refresh()} redraws it from the view-model. */
    public record Coverage(JFreeChart chart, SeriesDataset modes, SeriesDataset kl) {
        public void refresh(int modeCount) {
            NumberAxis axis = (NumberAxis) chart.getXYPlot().getRangeAxis(0);
            axis.setRange(-0.2, modeCount + 0.5);
            modes.refresh();
            kl.refresh();
        }
    }

    public static Coverage coverage(ToyLabViewModel vm) {
        SeriesDataset modes = new SeriesDataset().add("modes covered", vm.modes());
        SeriesDataset kl = new SeriesDataset().add("KL(real ‖ generated)", vm.kl());
        NumberAxis x = new NumberAxis("iteration");
        x.setAutoRangeIncludesZero(false);
        NumberAxis modesAxis = new NumberAxis("modes covered");
        modesAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        modesAxis.setAutoRange(false);
        modesAxis.setRange(-0.2, 8.5);
        XYStepRenderer steps = new XYStepRenderer();
        steps.setSeriesPaint(0, MODES);
        steps.setSeriesStroke(0, ChartTheme.stroke(2.2f));
        XYPlot plot = new XYPlot(modes, x, modesAxis, steps);
        NumberAxis klAxis = new NumberAxis("KL (nats)");
        klAxis.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, KL);
        line.setSeriesStroke(0, ChartTheme.stroke(1.8f));
        ChartTheme.addRightAxis(plot, kl, klAxis, line);
        JFreeChart chart = new JFreeChart("Mode coverage", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartTheme.apply(chart);
        ChartTheme.styleAxis(klAxis);
        return new Coverage(chart, modes, kl);
    }
}
