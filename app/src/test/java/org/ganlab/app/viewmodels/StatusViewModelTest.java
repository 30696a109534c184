package org.ganlab.app.viewmodels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StatusViewModelTest {

    @Test
    void measuresSpeedOnTheWallClockAndEstimatesTheRest() {
        AtomicLong now = new AtomicLong();
        StatusViewModel vm = new StatusViewModel(now::get);
        vm.runStarted(0, 1000, 10);
        now.set(1_000_000_000L);
        vm.progress(20, 1);
        now.set(3_000_000_000L);
        vm.progress(100, 1);

        assertEquals(40.0, vm.rateProperty().get(), 1e-9);
        assertEquals("40.0 it/s", vm.rateTextProperty().get());
        assertEquals("ETA 23s", vm.etaTextProperty().get());
        assertEquals("Iteration 100 / 1,000", vm.iterationTextProperty().get());
        assertEquals("Epoch 1 / 10", vm.epochTextProperty().get());
        assertEquals(40.0, vm.averageRate(), 1e-9);
    }

    @Test
    void formatsDurations() {
        assertEquals("59s", StatusViewModel.duration(59));
        assertEquals("2m 5s", StatusViewModel.duration(125));
        assertEquals("1h 1m", StatusViewModel.duration(3660));
    }
}
