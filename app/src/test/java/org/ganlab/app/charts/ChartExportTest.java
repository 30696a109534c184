package org.ganlab.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.ganlab.app.model.MetricRow;
import org.ganlab.app.viewmodels.MetricsViewModel;
import org.junit.jupiter.api.Test;

class ChartExportTest {

    private static TrainingCharts.Charts charts() {
        MetricsViewModel metrics = new MetricsViewModel();
        for (int i = 1; i <= 300; i++) {
            metrics.add(new MetricRow(i, 1, 1 + Math.sin(i / 20.0), 1 - Math.sin(i / 20.0) / 2, 0.7, 0.3, 10));
        }
        metrics.mark(150, "Learning rate G 2e-4 → 1e-4");
        TrainingCharts.Charts charts = TrainingCharts.create(metrics);
        metrics.markers().forEach(charts::mark);
        charts.refresh();
        return charts;
    }

    @Test
    void pngIsAPng() throws Exception {
        byte[] png = ChartExport.png(charts().losses(), 800, 400);
        assertEquals((byte) 0x89, png[0]);
        assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
    }

    @Test
    void svgIsAnSvgWithTheLegendAndTheMarker() {
        String svg = new String(ChartExport.svg(charts().losses(), 800, 400), StandardCharsets.UTF_8);
        assertTrue(svg.contains("<svg"));
        assertTrue(svg.contains("G loss (smoothed)"));
        assertTrue(svg.contains("Learning rate G 2e-4"));
    }

    @Test
    void chartsReadTheDecimatedSeriesInPlace() {
        TrainingCharts.Charts c = charts();
        assertEquals(4, c.lossData().getSeriesCount());
        assertEquals(300, c.lossData().getItemCount(0));
    }
}
