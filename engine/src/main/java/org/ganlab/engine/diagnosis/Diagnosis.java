package org.ganlab.engine.diagnosis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing the training doctor found, over a span of iterations.
 *
 * @param kind           what it is
 * @param severity       how much it matters
 * @param startIteration the iteration at which the condition began (the decision may come later)
 * @param endIteration   the iteration at which it ended; -1 while it is ongoing
 * @param evidence       the numbers it rests on, in a fixed order (e.g. {@code d_real=0.99}); never modified
 * @param summary        one line with the numbers, e.g. "D(x) 0.99, D(G(z)) 0.01, G loss 6.2 over 200 iterations"
 * @param advice         what to try, naming the app's controls, e.g. "lower Learning rate D to 1e-4"
 */
public record Diagnosis(DiagnosisKind kind, Severity severity, long startIteration, long endIteration,
                        Map<String, Double> evidence, String summary, String advice) {

    public Diagnosis {
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    /** True while the condition holds (no end iteration yet). */
    public boolean ongoing() {
        return endIteration < 0;
    }

    /** This diagnosis ended at {@code iteration}. */
    public Diagnosis endedAt(long iteration) {
        return new Diagnosis(kind, severity, startIteration, iteration, evidence, summary, advice);
    }

    /** The evidence as one compact string: {@code d_real=0.99,d_fake=0.01}. */
    public String evidenceText() {
        StringBuilder text = new StringBuilder();
        evidence.forEach((name, value) -> text.append(text.length() > 0 ? "," : "").append(name).append('=')
                .append(Numbers.compact(value)));
        return text.toString();
    }
}
