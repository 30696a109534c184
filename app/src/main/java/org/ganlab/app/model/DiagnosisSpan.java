package org.ganlab.app.model;

import org.ganlab.engine.diagnosis.Diagnosis;
import org.ganlab.engine.diagnosis.DiagnosisKind;
import org.ganlab.engine.diagnosis.Severity;

/**
 * Where a diagnosis holds, as the charts and the timeline strip mark it: from {@code start} to
 * {@code end} (iterations, both included), or on to the newest iteration while {@code end < 0}.
 *
 * @param label the kind's title, e.g. "D overpowers G"
 */
public record DiagnosisSpan(long start, long end, Severity severity, String label) {

    public static DiagnosisSpan of(Diagnosis d) {
        return new DiagnosisSpan(d.startIteration(), d.endIteration(), d.severity(), d.kind().title());
    }

    /** Healthy stretches are the background, not a mark. */
    public static boolean marked(Diagnosis d) {
        return d.kind() != DiagnosisKind.HEALTHY;
    }

    public boolean ongoing() {
        return end < 0;
    }

    public boolean covers(long iteration) {
        return iteration >= start && (ongoing() || iteration <= end);
    }
}
