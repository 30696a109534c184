package org.ganlab.app.charts;

import java.awt.Color;
import java.awt.Font;
import org.ganlab.app.viewmodels.GradientNormsViewModel;
import org.ganlab.engine.loss.Equilibrium;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * The charts the training doctor adds: D's and G's gradient norms on a log axis (a vanishing G
 * gradient falls by decades, which a linear axis flattens into zero), and the loss family's
 * equilibrium lines on the loss and D-output charts.
 */
public final class DoctorCharts {

    private DoctorCharts() {
    }

    /** The gradient-norm chart and its dataset; {@link #refresh()} redraws it from the view-model. */
    public record Gradients(JFreeChart chart, SeriesDataset data) {
        public void refresh() {
            data.refresh();
        }
    }

    public static Gradients gradients(GradientNormsViewModel vm) {
        SeriesDataset data = new SeriesDataset()
                .add("‖∇D‖", vm.d())
                .add("‖∇G‖", vm.g())
                .add("‖∇D‖ smoothed", vm.dSmoothed())
                .add("‖∇G‖ smoothed", vm.gSmoothed());
        JFreeChart chart = TrainingCharts.chart("Gradient norms", "L2 norm", data, ChartTheme.D, ChartTheme.G);
        LogAxis y = new LogAxis("L2 norm (log)");
        y.setSmallestValue(1e-12);
        y.setAutoRangeMinimumSize(0.01);
        y.setNumberFormatOverride(new TickFormat());
        ChartTheme.styleAxis(y);
        chart.getXYPlot().setRangeAxis(y);
        return new Gradients(chart, data);
    }

    /**
     * Draws {@code lines} on the loss chart (D's and G's equilibrium losses) and the D-output chart
     * (the output both kinds of image get); a NaN value draws no line.
     */
    public static void showReferences(JFreeChart losses, JFreeChart outputs, Equilibrium lines) {
        XYPlot lossPlot = losses.getXYPlot();
        XYPlot outputPlot = outputs.getXYPlot();
        lossPlot.clearRangeMarkers();
        outputPlot.clearRangeMarkers();
        // D's label at the right end of its line, G's at the left end: the two never overlap
        // however close the lines are, and both sit over their line, inside the plot
        add(lossPlot, lines.dLoss(), "D at balance", ChartTheme.D, true);
        add(lossPlot, lines.gLoss(), "G at balance", ChartTheme.G, false);
        add(outputPlot, lines.output(), "D can only guess", ChartTheme.REFERENCE, true);
    }

    private static void add(XYPlot plot, double value, String label, Color color, boolean right) {
        if (Double.isNaN(value)) {
            return;
        }
        ValueMarker m = new ValueMarker(value, ChartTheme.faded(color, 150), ChartTheme.dotted(1.2f));
        m.setLabel(label + " " + org.ganlab.app.model.DiagnosisText.number(value));
        m.setLabelPaint(ChartTheme.faded(color, 200));
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        m.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        m.setLabelAnchor(right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(right ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(0, m, Layer.BACKGROUND, false);
    }

    /** Log-axis ticks as a person writes them (0.316, 1, 10, 1.00e-4), not 3.16E-1. */
    private static final class TickFormat extends java.text.NumberFormat {
        @Override
        public StringBuffer format(double v, StringBuffer to, java.text.FieldPosition pos) {
            return to.append(org.ganlab.app.model.DiagnosisText.number(v));
        }

        @Override
        public StringBuffer format(long v, StringBuffer to, java.text.FieldPosition pos) {
            return format((double) v, to, pos);
        }

        @Override
        public Number parse(String text, java.text.ParsePosition pos) {
            return Double.valueOf(text.substring(pos.getIndex()));
        }
    }
}
