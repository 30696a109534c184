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
    /** The training doctor's severities (as {@code .doctor-*} in the stylesheet): healthy, info, warning, critical. */
    public static final Color HEALTHY = new Color(0x3fb950);
    public static final Color INFO = new Color(0x79c0ff);
    public static final Color WARNING = new Color(0xf0883e);
    public static final Color CRITICAL = new Color(0xf85149);
    /** The equilibrium reference lines: quiet, so they read as a backdrop. */
    public static final Color REFERENCE = STYLE.muted();

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

    /** Short dots: the equilibrium reference lines, unlike the dashed live-change markers. */
    public static BasicStroke dotted(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {1.5f, 3f}, 0f);
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
