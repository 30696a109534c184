package org.ganlab.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ganlab.app.support.Events;
import org.junit.jupiter.api.Test;

class DiagnosisTextTest {

    @Test
    void anOngoingDiagnosisSaysSoAndAnEndedOneGivesItsRange() {
        assertEquals("from iteration 1,190 (ongoing)", DiagnosisText.range(Events.overpowers(1190, -1)));
        assertEquals("iterations 1,190–1,620", DiagnosisText.range(Events.overpowers(1190, 1620)));
    }

    @Test
    void evidenceKeepsTheEnginesOrderWithThreeDigits() {
        assertEquals("d_real 0.991 · d_fake 0.012 · g_loss 8.31", DiagnosisText.evidence(Events.overpowers(1, -1)));
    }

    @Test
    void numbersReadAsAPersonWritesThem() {
        assertEquals("0.316", DiagnosisText.number(0.31622776));
        assertEquals("10", DiagnosisText.number(10.0));
        assertEquals("1230", DiagnosisText.number(1234.5));
        assertEquals("1.00e-04", DiagnosisText.number(1e-4));
        assertEquals("–", DiagnosisText.number(Double.NaN));
    }
}
