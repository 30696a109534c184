package org.ganlab.engine.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * A report's charts as inline SVG elements, drawn by JFreeChart on a light background for print:
 * per metric the raw values faint (their min/max envelope) and the app's smoothed curve bold, with
 * a dashed vertical line and label at every live hyperparameter change.
 */
public final class ReportCharts {

    public static final int WIDTH = 1000;
    public static final int HEIGHT = 360;
    private static final Color D = new Color(0xd1242f);
    private static final Color G = new Color(0x0969da);
    private static final Color D_REAL = new Color(0x1a7f37);
    private static final Color D_FAKE = new Color(0x8250df);
    private static final Color MARKER = new Color(0xbf8700);
    private static final Color GRID = new Color(0xd0d7de);
    /** Points of the smoothed curves: a few per horizontal pixel is as smooth as it gets. */
    private static final int SMOOTH_POINTS = 1000;
    private static final int DOTS = 60;
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private ReportCharts() {
    }

    /** D and G loss over the iterations. */
    public static String losses(MetricsTable m, List<ChangeLabels.Marker> markers) {
        return svg(lineChart("Losses", "loss", m, markers, false,
                new Line("D loss", MetricsTable.D_LOSS, D), new Line("G loss", MetricsTable.G_LOSS, G)), "loss");
    }

    /** Mean D(x) on real and D(G(z)) on generated batches; 0..1 when they are probabilities. */
    public static String outputs(MetricsTable m, List<ChangeLabels.Marker> markers) {
        boolean probability = within01(m.column(MetricsTable.D_REAL)) && within01(m.column(MetricsTable.D_FAKE));
        return svg(lineChart("Discriminator outputs", probability ? "probability" : "critic score", m, markers,
                probability, new Line("mean D(x)", MetricsTable.D_REAL, D_REAL),
                new Line("mean D(G(z))", MetricsTable.D_FAKE, D_FAKE)), "out");
    }

    /** One small chart of a quality column (fid, coverage, score): points joined by lines. */
    public static String quality(MetricsTable m, String column, String title) {
        XYSeries s = new XYSeries(title);
        double[] xs = m.column(MetricsTable.ITERATION);
        double[] ys = m.column(column);
        ChartSeries.Points p = ChartSeries.envelope(xs, ys, ChartSeries.MAX_POINTS);
        for (int i = 0; i < p.size(); i++) {
            s.add(p.xs()[i], p.ys()[i]);
        }
        // dots only while they stay apart; a metric computed every few iterations is a line
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, p.size() <= DOTS);
        r.setSeriesPaint(0, G);
        r.setSeriesStroke(0, new BasicStroke(2f));
        JFreeChart chart = chart(title, column, new XYSeriesCollection(s), r, false);
        if (column.equals(MetricsTable.COVERAGE)) {
            chart.getXYPlot().getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        return svg(chart, "q" + column, WIDTH / 3 - 8, HEIGHT * 2 / 3);
    }

    /** A metric column drawn as a faint raw series and a bold smoothed one. */
    private record Line(String name, String column, Color color) {}

    private static JFreeChart lineChart(String title, String yLabel, MetricsTable m, List<ChangeLabels.Marker> markers,
                                        boolean probability, Line... lines) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        double[] xs = m.column(MetricsTable.ITERATION);
        for (Line line : lines) {
            double[] ys = m.column(line.column());
            addSeries(data, r, line.name() + " (raw)", ChartSeries.envelope(xs, ys, ChartSeries.MAX_POINTS),
                    faded(line.color()), 0.8f, false);
            addSeries(data, r, line.name() + " (smoothed)", ChartSeries.smoothed(xs, ys, SMOOTH_POINTS),
                    line.color(), 2.2f, true);
        }
        JFreeChart chart = chart(title, yLabel, data, r, true);
        XYPlot plot = chart.getXYPlot();
        if (probability) {
            plot.getRangeAxis().setRange(-0.02, 1.02);
        }
        for (ChangeLabels.Marker marker : markers) {
            plot.addDomainMarker(marker(marker));
        }
        return chart;
    }

    private static void addSeries(XYSeriesCollection data, XYLineAndShapeRenderer r, String name,
                                  ChartSeries.Points p, Color color, float width, boolean inLegend) {
        // Several rows may share an iteration (an old folder continued twice): keep them all.
        XYSeries s = new XYSeries(name, false, true);
        for (int i = 0; i < p.size(); i++) {
            s.add(p.xs()[i], p.ys()[i]);
        }
        int index = data.getSeriesCount();
        data.addSeries(s);
        r.setSeriesPaint(index, color);
        r.setSeriesStroke(index, new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        r.setSeriesVisibleInLegend(index, inLegend);
    }

    private static JFreeChart chart(String title, String yLabel, XYSeriesCollection data,
                                    XYLineAndShapeRenderer r, boolean legend) {
        NumberAxis x = new NumberAxis("iteration");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        r.setDrawSeriesLineAsPath(true);
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlinePaint(GRID);
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 12));
        chart.setAntiAlias(true);
        return chart;
    }

    private static ValueMarker marker(ChangeLabels.Marker m) {
        ValueMarker v = new ValueMarker(m.iteration(), MARKER, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 4f}, 0f));
        v.setLabel(m.label());
        v.setLabelPaint(MARKER.darker());
        v.setLabelFont(LABEL);
        v.setLabelBackgroundColor(new Color(255, 255, 255, 210));
        v.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        v.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        return v;
    }

    private static Color faded(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 70);
    }

    private static boolean within01(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).allMatch(v -> v >= 0 && v <= 1);
    }

    private static String tenths(double v) {
        long t = Math.round(v * 10);
        return t % 10 == 0 ? Long.toString(t / 10) : (t < 0 && t > -10 ? "-0." + (-t) : (t / 10) + "." + Math.abs(t % 10));
    }

    private static String svg(JFreeChart chart, String id) {
        return svg(chart, id, WIDTH, HEIGHT);
    }

    /** The chart as an {@code <svg>} element; {@code id} keeps its clip-path ids apart from other charts'. */
    private static String svg(JFreeChart chart, String id, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(id + "-");
        // a tenth of a pixel is finer than any screen or printer; full doubles triple the file
        g.setGeomDoubleConverter(ReportCharts::tenths);
        g.setTransformDoubleConverter(ReportCharts::tenths);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGElement();
    }
}
