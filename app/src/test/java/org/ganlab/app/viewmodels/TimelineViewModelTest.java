package org.ganlab.app.viewmodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ganlab.app.model.GridImage;
import org.ganlab.app.model.Snapshot;
import org.junit.jupiter.api.Test;

class TimelineViewModelTest {

    private final TimelineViewModel vm = new TimelineViewModel();

    private static Snapshot frame(long it) {
        return new Snapshot(it, 1, false, new GridImage(1, 1, new int[] {0}));
    }

    @Test
    void followsNewFramesUntilTheStudentScrubsBack() {
        vm.addAll(List.of(frame(1), frame(2)));
        assertEquals(1, vm.indexProperty().get());
        vm.addAll(List.of(frame(3)));
        assertEquals(2, vm.indexProperty().get());

        vm.select(0);
        vm.addAll(List.of(frame(4)));
        assertEquals(0, vm.indexProperty().get());
        assertEquals(1, vm.selectedProperty().get().iteration());
    }

    @Test
    void playsFromTheStartAndStopsOnTheLastFrame() {
        vm.addAll(List.of(frame(1), frame(2), frame(3)));
        vm.togglePlay();
        assertTrue(vm.playingProperty().get());
        assertEquals(0, vm.indexProperty().get());
        vm.advance();
        vm.advance();
        assertEquals(2, vm.indexProperty().get());
        vm.advance();
        assertFalse(vm.playingProperty().get());
    }
}
