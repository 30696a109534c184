package org.ganlab.app.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYDataset;

/** The charts' colours and fonts, matching the app's dark stylesheet ({@code ganlab.css}). */
public final class ChartTheme {

    public static final Color BACKGROUND = new Color(0x1c1f26);
    public static final Color PLOT = new Color(0x161920);
    public static final Color GRID = new Color(0x2c313c);
    public static final Color TEXT = new Color(0xc9d1d9);
    public static final Color MUTED = new Color(0x8b949e);
    public static final Color D = new Color(0xff7b72);
    public static final Color G = new Color(0x58a6ff);
    public static final Color D_REAL = new Color(0x3fb950);
    public static final Color D_FAKE = new Color(0xd2a8ff);
    public static final Color MARKER = new Color(0xe3b341);
    /** The training doctor's severities (as {@code .doctor-*} in the stylesheet): healthy, info, warning, critical. */
    public static final Color HEALTHY = new Color(0x3fb950);
    public static final Color INFO = new Color(0x79c0ff);
    public static final Color WARNING = new Color(0xf0883e);
    public static final Color CRITICAL = new Color(0xf85149);
    /** The equilibrium reference lines: quiet, so they read as a backdrop. */
    public static final Color REFERENCE = new Color(0x8b949e);
    /** Colours for overlaid runs, in order. */
    public static final Color[] RUNS = {
        new Color(0x58a6ff), new Color(0xff7b72), new Color(0x3fb950), new Color(0xe3b341),
        new Color(0xd2a8ff), new Color(0x39c5cf), new Color(0xf778ba), new Color(0xa5d6ff)};

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private ChartTheme() {
    }

    public static Color faded(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    public static BasicStroke stroke(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    public static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {5f, 4f}, 0f);
    }

    /** Short dots: the equilibrium reference lines, unlike the dashed live-change markers. */
    public static BasicStroke dotted(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {1.5f, 3f}, 0f);
    }

    static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(BACKGROUND);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(6, 4, 4, 10));
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(TEXT);
            chart.getTitle().setFont(TITLE);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(BACKGROUND);
            legend.setItemPaint(TEXT);
            legend.setItemFont(LABEL);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(PLOT);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(stroke(1f));
        plot.setRangeGridlineStroke(stroke(1f));
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        for (NumberAxis axis : new NumberAxis[] {(NumberAxis) plot.getDomainAxis(), (NumberAxis) plot.getRangeAxis()}) {
            styleAxis(axis);
        }
    }

    /** Muted labels and grid-coloured lines, as on every chart. */
    static void styleAxis(org.jfree.chart.axis.ValueAxis axis) {
        axis.setLabelPaint(MUTED);
        axis.setLabelFont(LABEL);
        axis.setTickLabelPaint(MUTED);
        axis.setTickLabelFont(LABEL);
        axis.setAxisLinePaint(GRID);
        axis.setTickMarkPaint(GRID);
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
