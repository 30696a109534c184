package org.ganlab.engine.doctor;

import java.util.Map;
import java.util.function.Supplier;
import org.ganlab.engine.diagnosis.Diagnosis;
import org.ganlab.engine.diagnosis.DiagnosisKind;
import org.ganlab.engine.diagnosis.Severity;

/**
 * What one check saw at one iteration: the condition holds, how badly, the numbers, and what to
 * try. The doctor turns the finding of the check that starts an episode into a {@link Diagnosis}.
 * The words are made only then: a condition that holds is checked every few iterations, and
 * formatting its summary each time would cost more than all the windows together.
 */
record Finding(DiagnosisKind kind, Severity severity, Map<String, Double> evidence, Supplier<String> summary,
               Supplier<String> advice) {}
