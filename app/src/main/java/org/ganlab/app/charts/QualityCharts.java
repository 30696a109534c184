package org.ganlab.app.charts;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import org.ganlab.app.model.ClassShare;
import org.ganlab.app.viewmodels.QualityViewModel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The quality charts: Fréchet distance and classifier score over epochs, and the class-coverage
 * histogram (the share of samples per predicted class; bars under 2% in red, against a dashed 2% line).
 */
public final class QualityCharts {

    public static final Color FID = new Color(0xff7b72);
    public static final Color SCORE = new Color(0x58a6ff);
    public static final Color BAR = new Color(0x388bfd);
    public static final Color LOW = new Color(0xda3633);

    private QualityCharts() {
    }

    /** Both charts; {@link Charts#refresh(List)} redraws them from the view-model. */
    public record Charts(JFreeChart metrics, JFreeChart histogram, SeriesDataset fid, SeriesDataset score,
                         XYSeries shares, ShareRenderer bars) {
        public void refresh(List<ClassShare> classes) {
            fid.refresh();
            score.refresh();
            bars.classes = List.copyOf(classes);
            String[] names = classes.stream().map(ClassShare::name).toArray(String[]::new);
            XYPlot plot = histogram.getXYPlot();
            SymbolAxis axis = new SymbolAxis("class", names.length == 0 ? new String[] {""} : names);
            axis.setGridBandsVisible(false);
            axis.setVerticalTickLabels(names.length > 0 && names[0].length() > 3);
            plot.setDomainAxis(axis);
            ChartTheme.styleAxis(axis);
            shares.clear();
            plot.clearDomainMarkers();
            for (int i = 0; i < classes.size(); i++) {
                shares.add(i, classes.get(i).share(), false);
                if (classes.get(i).low()) {
                    // a class under 2% may have no bar to paint: its whole column is tinted instead
                    plot.addDomainMarker(new IntervalMarker(i - 0.45, i + 0.45, ChartTheme.faded(LOW, 70)),
                            org.jfree.chart.ui.Layer.BACKGROUND);
                }
            }
            shares.fireSeriesChanged();
        }
    }

    /** Paints a bar red when its class is under 2% of the samples. */
    public static final class ShareRenderer extends XYBarRenderer {
        private List<ClassShare> classes = List.of();

        @Override
        public Paint getItemPaint(int series, int item) {
            return item < classes.size() && classes.get(item).low() ? LOW : BAR;
        }
    }

    public static Charts create(QualityViewModel vm) {
        SeriesDataset fid = new SeriesDataset().add("Fréchet distance (lower is better)", vm.fid());
        SeriesDataset score = new SeriesDataset().add("classifier score (higher is better)", vm.score());
        NumberAxis epoch = new NumberAxis("epoch");
        epoch.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis fidAxis = new NumberAxis("Fréchet distance");
        XYLineAndShapeRenderer fidLine = new XYLineAndShapeRenderer(true, true);
        fidLine.setSeriesPaint(0, FID);
        fidLine.setSeriesStroke(0, ChartTheme.stroke(2f));
        XYPlot plot = new XYPlot(fid, epoch, fidAxis, fidLine);
        NumberAxis scoreAxis = new NumberAxis("score");
        scoreAxis.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer scoreLine = new XYLineAndShapeRenderer(true, true);
        scoreLine.setSeriesPaint(0, SCORE);
        scoreLine.setSeriesStroke(0, ChartTheme.stroke(2f));
        ChartTheme.addRightAxis(plot, score, scoreAxis, scoreLine);
        JFreeChart metrics = new JFreeChart("Sample quality", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartTheme.apply(metrics);
        ChartTheme.styleAxis(scoreAxis);

        XYSeries shares = new XYSeries("share of samples");
        ShareRenderer bars = new ShareRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setMargin(0.2);
        NumberAxis share = new NumberAxis("share of samples");
        share.setNumberFormatOverride(java.text.NumberFormat.getPercentInstance(java.util.Locale.ROOT));
        share.setAutoRangeIncludesZero(true);
        XYPlot histogramPlot = new XYPlot(new XYSeriesCollection(shares), new NumberAxis("class"), share, bars);
        ValueMarker floor = new ValueMarker(0.02, ChartTheme.MARKER, ChartTheme.dashed(1.2f));
        floor.setLabel("2%");
        floor.setLabelPaint(ChartTheme.MARKER);
        histogramPlot.addRangeMarker(floor);
        JFreeChart histogram = new JFreeChart("Class coverage", JFreeChart.DEFAULT_TITLE_FONT, histogramPlot, false);
        ChartTheme.apply(histogram);
        return new Charts(metrics, histogram, fid, score, shares, bars);
    }
}
