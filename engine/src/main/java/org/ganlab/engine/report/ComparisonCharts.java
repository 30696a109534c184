package org.ganlab.engine.report;

import java.util.Arrays;
import java.util.List;
import org.ganlab.engine.run.MetricsFile;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of a {@link RunComparison}: one curve per run in the run's colour, against the
 * iteration or the training time, built once for both the HTML page (as SVG, in
 * {@link ChartStyle#PRINT}) and the app's Compare view (in {@link ChartStyle#DARK}). Losses and
 * D outputs are the app's smoothed curves (raw values of six runs would hide each other); quality
 * metrics are their points joined.
 */
public final class ComparisonCharts {

    /** What the x axis counts. Training time is the running sum of the step times: pauses do not count. */
    public enum XAxis { ITERATION, TRAINING_TIME }

    /** A chart of the comparison; {@code dashed} is drawn dashed in the same colour as {@code column}. */
    public enum Kind {
        G_LOSS("G loss", "loss (smoothed)", MetricsFile.G_LOSS, null, true),
        D_LOSS("D loss", "loss (smoothed)", MetricsFile.D_LOSS, null, true),
        D_OUTPUTS("D outputs: mean D(x) solid, mean D(G(z)) dashed", "D output (smoothed)", MetricsFile.D_REAL,
                MetricsFile.D_FAKE, true),
        FID("Fréchet distance (lower is better)", "Fréchet distance", MetricsFile.FID, null, false),
        SCORE("Classifier score (higher is better)", "score", MetricsFile.SCORE, null, false),
        COVERAGE("Classes covered", "classes", MetricsFile.COVERAGE, null, false);

        public final String title;
        final String yLabel;
        final String column;
        final String dashed;
        final boolean smoothed;

        Kind(String title, String yLabel, String column, String dashed, boolean smoothed) {
            this.title = title;
            this.yLabel = yLabel;
            this.column = column;
            this.dashed = dashed;
            this.smoothed = smoothed;
        }

        /** True when some run of {@code c} has values to draw on this chart. */
        public boolean present(RunComparison c) {
            return c.anyHas(column);
        }
    }

    /** Points of each smoothed curve: a few per horizontal pixel. */
    private static final int POINTS = 800;

    private ComparisonCharts() {
    }

    /** The kinds that {@code c} has data for, in display order. */
    public static List<Kind> kinds(RunComparison c) {
        return Arrays.stream(Kind.values()).filter(k -> k.present(c)).toList();
    }

    public static JFreeChart chart(RunComparison c, Kind kind, XAxis axis, ChartStyle style) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        boolean seconds = axis == XAxis.TRAINING_TIME;
        double scale = seconds ? timeScale(c) : 1;
        for (int i = 0; i < c.runs().size(); i++) {
            RunComparison.Run run = c.runs().get(i);
            if (!run.metrics().hasValues(kind.column)) {
                continue; // e.g. a run without quality metrics: not in that chart's legend either
            }
            double[] xs = seconds ? run.metrics().elapsedSeconds() : run.metrics().column(MetricsFile.ITERATION);
            for (int k = 0; k < xs.length; k++) {
                xs[k] /= scale;
            }
            add(data, r, run.name(), points(kind, xs, run.metrics().column(kind.column)), style.run(i), false, true);
            if (kind.dashed != null) {
                add(data, r, run.name() + " D(G(z))", points(kind, xs, run.metrics().column(kind.dashed)),
                        style.run(i), true, false);
            }
        }
        r.setDrawSeriesLineAsPath(true);
        r.setDefaultShapesVisible(!kind.smoothed);
        NumberAxis x = new NumberAxis(seconds ? "training time (" + timeUnit(scale) + ")" : "iteration");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(kind.yLabel);
        y.setAutoRangeIncludesZero(false);
        if (kind == Kind.COVERAGE) {
            y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        JFreeChart chart = new JFreeChart(kind.title, ChartStyle.TITLE, new XYPlot(data, x, y, r), true);
        style.apply(chart);
        return chart;
    }

    /** The chart as an inline {@code <svg>} for the HTML page. */
    public static String svg(RunComparison c, Kind kind, XAxis axis, int width, int height) {
        return ReportCharts.svg(chart(c, kind, axis, ChartStyle.PRINT), kind.name().toLowerCase() + "-" + axis.ordinal(),
                width, height);
    }

    private static ChartSeries.Points points(Kind kind, double[] xs, double[] ys) {
        return kind.smoothed ? ChartSeries.smoothed(xs, ys, POINTS) : ChartSeries.envelope(xs, ys, ChartSeries.MAX_POINTS);
    }

    private static void add(XYSeriesCollection data, XYLineAndShapeRenderer r, String name, ChartSeries.Points p,
                            java.awt.Color color, boolean dashed, boolean inLegend) {
        ReportCharts.addSeries(data, r, name, p, color, dashed ? ChartStyle.dashed(1.8f) : ChartStyle.stroke(2f), inLegend);
    }

    /** Seconds per axis unit: minutes past 10 minutes of training, hours past 10 hours. */
    private static double timeScale(RunComparison c) {
        double longest = c.runs().stream().mapToDouble(r -> r.metrics().sum(MetricsFile.MILLIS) / 1000).max().orElse(0);
        return longest > 36_000 ? 3600 : longest > 600 ? 60 : 1;
    }

    private static String timeUnit(double scale) {
        return scale == 3600 ? "h" : scale == 60 ? "min" : "s";
    }
}
