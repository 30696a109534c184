package org.ganlab.engine.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * How every JFreeChart of the project looks: the app's charts on its dark stylesheet
 * ({@link #DARK}) and the HTML pages' charts on white paper ({@link #PRINT}) differ only in
 * colours, so the fonts, strokes, markers and the order of the runs' colours live here once.
 * The app calls it through its {@code ChartTheme}.
 *
 * @param runs colours for overlaid runs, in order: run {@code i} is {@code runs[i]} on every chart
 */
public record ChartStyle(Color background, Color plot, Color grid, Color text, Color muted, Color dLoss,
                         Color gLoss, Color dReal, Color dFake, Color marker, Color markerLabel, Color[] runs) {

    public static final ChartStyle DARK = new ChartStyle(new Color(0x1c1f26), new Color(0x161920), new Color(0x2c313c),
            new Color(0xc9d1d9), new Color(0x8b949e), new Color(0xff7b72), new Color(0x58a6ff), new Color(0x3fb950),
            new Color(0xd2a8ff), new Color(0xe3b341), new Color(0xe3b341), new Color[] {
                new Color(0x58a6ff), new Color(0xff7b72), new Color(0x3fb950), new Color(0xe3b341),
                new Color(0xd2a8ff), new Color(0x39c5cf), new Color(0xf778ba), new Color(0xa5d6ff)});

    public static final ChartStyle PRINT = new ChartStyle(Color.WHITE, Color.WHITE, new Color(0xd0d7de),
            new Color(0x1f2328), new Color(0x59636e), new Color(0xd1242f), new Color(0x0969da), new Color(0x1a7f37),
            new Color(0x8250df), new Color(0xbf8700), new Color(0x8f6500), new Color[] {
                new Color(0x0969da), new Color(0xd1242f), new Color(0x1a7f37), new Color(0xbf8700),
                new Color(0x8250df), new Color(0x1b7c83), new Color(0xbf3989), new Color(0x57606a)});

    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    public static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    /** The colour of run {@code i} of an overlay. */
    public Color run(int i) {
        return runs[i % runs.length];
    }

    /** Backgrounds, title, legend, grid and both axes of an XY chart. */
    public void apply(JFreeChart chart) {
        chart.setBackgroundPaint(background);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(6, 4, 4, 10));
        chart.setAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(text);
            chart.getTitle().setFont(TITLE);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(background);
            legend.setItemPaint(text);
            legend.setItemFont(LABEL);
            legend.setFrame(BlockBorder.NONE);
        }
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(this.plot);
        plot.setOutlinePaint(grid);
        plot.setDomainGridlinePaint(grid);
        plot.setRangeGridlinePaint(grid);
        plot.setDomainGridlineStroke(stroke(1f));
        plot.setRangeGridlineStroke(stroke(1f));
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        styleAxis(plot.getDomainAxis());
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            styleAxis(plot.getRangeAxis(i));
        }
    }

    /** Muted labels and grid-coloured lines, as on every chart. */
    public void styleAxis(ValueAxis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelPaint(muted);
        axis.setLabelFont(LABEL);
        axis.setTickLabelPaint(muted);
        axis.setTickLabelFont(LABEL);
        axis.setAxisLinePaint(grid);
        axis.setTickMarkPaint(grid);
    }

    /** A dashed vertical line at {@code x}, labelled at its top when {@code label} is not null. */
    public ValueMarker marker(double x, String label) {
        ValueMarker v = new ValueMarker(x, marker, dashed(1.2f));
        if (label != null) {
            v.setLabel(label);
            v.setLabelPaint(markerLabel);
            v.setLabelFont(LABEL);
            v.setLabelBackgroundColor(faded(background, 210));
            v.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            v.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        }
        return v;
    }

    public static Color faded(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    public static BasicStroke stroke(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    public static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 4f}, 0f);
    }
}
