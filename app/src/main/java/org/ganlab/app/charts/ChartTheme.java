package org.ganlab.app.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import org.ganlab.engine.report.ChartStyle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * The app's charts in the engine's {@link ChartStyle#DARK}, matching the dark stylesheet
 * ({@code ganlab.css}); the HTML report and comparison draw the same charts in
 * {@link ChartStyle#PRINT}, whose colours are the same hues in the same order, so run {@code i}
 * of a comparison is blue, red, green… in the window and on paper alike.
 */
public final class ChartTheme {

    public static final ChartStyle STYLE = ChartStyle.DARK;
    public static final Color MUTED = STYLE.muted();
    public static final Color D = STYLE.dLoss();
    public static final Color G = STYLE.gLoss();
    public static final Color D_REAL = STYLE.dReal();
    public static final Color D_FAKE = STYLE.dFake();
    public static final Color MARKER = STYLE.marker();

    private ChartTheme() {
    }

    /** The colour of run {@code i} of an overlay (the same index as in the HTML comparison). */
    public static Color run(int i) {
        return STYLE.run(i);
    }

    public static Color faded(Color c, int alpha) {
        return ChartStyle.faded(c, alpha);
    }

    public static BasicStroke stroke(float width) {
        return ChartStyle.stroke(width);
    }

    public static BasicStroke dashed(float width) {
        return ChartStyle.dashed(width);
    }

    static void apply(JFreeChart chart) {
        STYLE.apply(chart);
    }

    static void styleAxis(org.jfree.chart.axis.ValueAxis axis) {
        STYLE.styleAxis(axis);
    }

    /** Plots {@code data} as the plot's second series set, on its own axis at the right. */
    static void addRightAxis(XYPlot plot, XYDataset data, NumberAxis axis, XYItemRenderer renderer) {
        plot.setRangeAxis(1, axis);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDataset(1, data);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, renderer);
    }
}
