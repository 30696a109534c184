package org.ganlab.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ganlab.engine.run.ConfigChange;
import org.junit.jupiter.api.Test;

/** How live changes read on a report's charts. */
class ChangeLabelsTest {

    @Test
    void numbersReadAsAPersonWritesThem() {
        assertEquals("2e-4", ChangeLabels.number("2.0E-4"));
        assertEquals("2e-3", ChangeLabels.number("0.002"));
        assertEquals("0.5", ChangeLabels.number("0.50"));
        assertEquals("0.999", ChangeLabels.number("0.999"));
        assertEquals("0", ChangeLabels.number("0.0"));
        assertEquals("1234567890123", ChangeLabels.number("1234567890123"), "an integer (a seed) stays whole");
        assertEquals("mnist", ChangeLabels.number("mnist"));
    }

    @Test
    void changesAtOneIterationShareAMarker() {
        List<ChangeLabels.Marker> markers = ChangeLabels.markers(List.of(
                new ConfigChange(1190, "learningRateG", "2.0E-4", "0.002"),
                new ConfigChange(1190, "dStepsPerGStep", "1", "2"),
                new ConfigChange(2000, "labelSmoothing", "0.0", "0.1")));

        assertEquals(List.of(new ChangeLabels.Marker(1190, "lr G 2e-4→2e-3, D/G 1→2"),
                new ChangeLabels.Marker(2000, "smooth 0→0.1")), markers);
    }
}
