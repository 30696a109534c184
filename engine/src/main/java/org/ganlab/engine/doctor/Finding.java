package org.ganlab.engine.doctor;

import java.util.Map;

/**
 * What one check saw at one iteration: the condition holds, how badly, the numbers, and what to
 * try. The doctor turns the finding of the check that starts an episode into a {@link Diagnosis}.
 */
record Finding(DiagnosisKind kind, Severity severity, Map<String, Double> evidence, String summary, String advice) {

    Diagnosis startingAt(long iteration) {
        return new Diagnosis(kind, severity, iteration, -1, evidence, summary, advice);
    }
}
