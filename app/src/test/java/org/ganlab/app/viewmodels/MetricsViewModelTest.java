package org.ganlab.app.viewmodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ganlab.app.model.MetricRow;
import org.ganlab.app.viewmodels.MetricsViewModel.Metric;
import org.junit.jupiter.api.Test;

class MetricsViewModelTest {

    private final MetricsViewModel vm = new MetricsViewModel();

    @Test
    void chartsAreToldToRedrawOncePerBatchNotOncePerPoint() {
        for (int i = 1; i <= 500; i++) {
            vm.add(new MetricRow(i, 1, 1.0, 2.0, 0.6, 0.4, 10));
        }
        assertEquals(0, vm.revisionProperty().get());
        vm.publish();
        vm.publish();
        assertEquals(1, vm.revisionProperty().get());
        assertEquals(500, vm.size());
    }

    @Test
    void smoothedSeriesFollowsTheRawOneWithLag() {
        vm.add(new MetricRow(1, 1, 0.0, 0, 0, 0, 1));
        for (int i = 2; i <= 10; i++) {
            vm.add(new MetricRow(i, 1, 1.0, 0, 0, 0, 1));
        }
        double smoothed = vm.smoothed(Metric.D_LOSS).y(9);
        assertTrue(smoothed > 0.3 && smoothed < 0.5, "ema after 9 steps of 1.0 from 0: " + smoothed);
        assertEquals(1.0, vm.raw(Metric.D_LOSS).y(9));
    }

    @Test
    void stays_bounded_after_100k_iterations() {
        for (int i = 1; i <= 100_000; i++) {
            vm.add(new MetricRow(i, 1 + i / 1000, 1.0, 2.0, 0.6, 0.4, 10));
        }
        vm.publish();
        for (Metric m : Metric.values()) {
            assertTrue(vm.raw(m).size() <= MetricsViewModel.POINTS + 1);
        }
        assertEquals(100_000, vm.size());
    }
}
