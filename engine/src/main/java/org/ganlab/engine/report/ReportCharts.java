package org.ganlab.engine.report;

import org.ganlab.engine.run.MetricsFile;
import java.awt.Color;
import java.awt.Rectangle;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
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
    private static final ChartStyle STYLE = ChartStyle.PRINT;
    /** Points of the smoothed curves: a few per horizontal pixel is as smooth as it gets. */
    private static final int SMOOTH_POINTS = 1000;
    private static final int DOTS = 60;

    private ReportCharts() {
    }

    /** D and G loss over the iterations. */
    public static String losses(MetricsFile m, List<ChangeLabels.Marker> markers) {
        return svg(lineChart("Losses", "loss", m, markers, false,
                new Line("D loss", MetricsFile.D_LOSS, STYLE.dLoss()), new Line("G loss", MetricsFile.G_LOSS, STYLE.gLoss())), "loss");
    }

    /** Mean D(x) on real and D(G(z)) on generated batches; 0..1 when they are probabilities. */
    public static String outputs(MetricsFile m, List<ChangeLabels.Marker> markers) {
        boolean probability = within01(m.column(MetricsFile.D_REAL)) && within01(m.column(MetricsFile.D_FAKE));
        return svg(lineChart("Discriminator outputs", probability ? "probability" : "critic score", m, markers,
                probability, new Line("mean D(x)", MetricsFile.D_REAL, STYLE.dReal()),
                new Line("mean D(G(z))", MetricsFile.D_FAKE, STYLE.dFake())), "out");
    }

    /** One small chart of a quality column (fid, coverage, score): points joined by lines. */
    public static String quality(MetricsFile m, String column, String title) {
        XYSeries s = new XYSeries(title);
        double[] xs = m.column(MetricsFile.ITERATION);
        double[] ys = m.column(column);
        ChartSeries.Points p = ChartSeries.envelope(xs, ys, ChartSeries.MAX_POINTS);
        for (int i = 0; i < p.size(); i++) {
            s.add(p.xs()[i], p.ys()[i]);
        }
        // dots only while they stay apart; a metric computed every few iterations is a line
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, p.size() <= DOTS);
        r.setSeriesPaint(0, STYLE.gLoss());
        r.setSeriesStroke(0, ChartStyle.stroke(2f));
        JFreeChart chart = chart(title, column, new XYSeriesCollection(s), r, false);
        if (column.equals(MetricsFile.COVERAGE)) {
            chart.getXYPlot().getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        return svg(chart, "q" + column, WIDTH / 3 - 8, HEIGHT * 2 / 3);
    }

    /** A metric column drawn as a faint raw series and a bold smoothed one. */
    private record Line(String name, String column, Color color) {}

    private static JFreeChart lineChart(String title, String yLabel, MetricsFile m, List<ChangeLabels.Marker> markers,
                                        boolean probability, Line... lines) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        double[] xs = m.column(MetricsFile.ITERATION);
        for (Line line : lines) {
            double[] ys = m.column(line.column());
            addSeries(data, r, line.name() + " (raw)", ChartSeries.envelope(xs, ys, ChartSeries.MAX_POINTS),
                    ChartStyle.faded(line.color(), 70), ChartStyle.stroke(0.8f), false);
            addSeries(data, r, line.name() + " (smoothed)", ChartSeries.smoothed(xs, ys, SMOOTH_POINTS),
                    line.color(), ChartStyle.stroke(2.2f), true);
        }
        JFreeChart chart = chart(title, yLabel, data, r, true);
        XYPlot plot = chart.getXYPlot();
        if (probability) {
            plot.getRangeAxis().setRange(-0.02, 1.02);
        }
        for (ChangeLabels.Marker marker : markers) {
            plot.addDomainMarker(STYLE.marker(marker.iteration(), marker.label()));
        }
        return chart;
    }

    /** Adds one line; the report's and the comparison's charts draw every series this way. */
    static void addSeries(XYSeriesCollection data, XYLineAndShapeRenderer r, String name,
                          ChartSeries.Points p, Color color, java.awt.Stroke stroke, boolean inLegend) {
        // Several rows may share an x (an old folder continued twice, a zero step time): keep them all.
        XYSeries s = new XYSeries(name, false, true);
        for (int i = 0; i < p.size(); i++) {
            s.add(p.xs()[i], p.ys()[i]);
        }
        int index = data.getSeriesCount();
        data.addSeries(s);
        r.setSeriesPaint(index, color);
        r.setSeriesStroke(index, stroke);
        r.setSeriesVisibleInLegend(index, inLegend);
    }

    private static JFreeChart chart(String title, String yLabel, XYSeriesCollection data,
                                    XYLineAndShapeRenderer r, boolean legend) {
        NumberAxis x = new NumberAxis("iteration");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        r.setDrawSeriesLineAsPath(true);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, new XYPlot(data, x, y, r), legend);
        STYLE.apply(chart);
        return chart;
    }

    static boolean within01(double[] values) {
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
    static String svg(JFreeChart chart, String id, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(id + "-");
        // a tenth of a pixel is finer than any screen or printer; full doubles triple the file
        g.setGeomDoubleConverter(ReportCharts::tenths);
        g.setTransformDoubleConverter(ReportCharts::tenths);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGElement();
    }
}
