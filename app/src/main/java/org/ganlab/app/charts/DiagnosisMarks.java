package org.ganlab.app.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.app.model.DiagnosisSpan;
import org.ganlab.engine.diagnosis.Severity;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.LengthAdjustmentType;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The training doctor's diagnoses on charts over iterations: a band shaded in the severity's
 * colour from where a diagnosis starts to where it ends, edged with solid lines, behind the series.
 * The live-change markers are dashed lines in front, so the two never look alike. Only the first
 * chart names the diagnosis (at the bottom, left of the band; the live changes are named at the
 * top), as only the loss chart names the live changes.
 */
public final class DiagnosisMarks {

    /** Where an ongoing band ends: past any axis, which clips it to the newest iteration drawn. */
    private static final double ONGOING_END = 1e15;

    private final List<JFreeChart> charts;
    private final List<List<IntervalMarker>> shown = new ArrayList<>();

    /** @param charts the first one carries the labels */
    public DiagnosisMarks(List<JFreeChart> charts) {
        this.charts = List.copyOf(charts);
        charts.forEach(c -> shown.add(new ArrayList<>()));
    }

    /** Replaces the bands by {@code spans}. */
    public void show(List<DiagnosisSpan> spans) {
        for (int c = 0; c < charts.size(); c++) {
            XYPlot plot = charts.get(c).getXYPlot();
            for (IntervalMarker m : shown.get(c)) {
                plot.removeDomainMarker(0, m, Layer.BACKGROUND, false);
            }
            shown.get(c).clear();
            for (int k = 0; k < spans.size(); k++) {
                IntervalMarker m = band(spans.get(k), c == 0, k);
                plot.addDomainMarker(0, m, Layer.BACKGROUND, false);
                shown.get(c).add(m);
            }
            charts.get(c).fireChartChanged();
        }
    }

    /** The markers on chart {@code c} now (tests check what is drawn). */
    public List<IntervalMarker> shownOn(int c) {
        return List.copyOf(shown.get(c));
    }

    /** @param k the band's place in start order: neighbours' names are stacked, so they never overlap */
    private static IntervalMarker band(DiagnosisSpan s, boolean labelled, int k) {
        Color color = color(s.severity());
        IntervalMarker m = new IntervalMarker(s.start(), s.ongoing() ? ONGOING_END : s.end(),
                ChartTheme.faded(color, 38), ChartTheme.stroke(1.4f), color, ChartTheme.stroke(1.4f), 1f);
        if (labelled) {
            m.setLabel(s.label() + (s.ongoing() ? " …" : ""));
            m.setLabelPaint(color);
            m.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 10));
            // the name ends at the band's start: a new band is narrow and at the chart's right edge
            m.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            m.setLabelOffsetType(LengthAdjustmentType.EXPAND);
            m.setLabelOffset(new RectangleInsets(3, 3, 3 + 12 * (k % 3), 3));
        }
        return m;
    }

    /** The colour of a severity, on the charts as in the stylesheet. */
    public static Color color(Severity severity) {
        return switch (severity) {
            case INFO -> ChartTheme.INFO;
            case WARNING -> ChartTheme.WARNING;
            case CRITICAL -> ChartTheme.CRITICAL;
        };
    }
}
