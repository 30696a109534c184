package org.ganlab.app.model;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.ganlab.engine.diagnosis.Diagnosis;

/** How the Doctor panel words a diagnosis: its iteration range, its evidence, its one-line verdict. */
public final class DiagnosisText {

    private DiagnosisText() {
    }

    /** "iterations 1,190–1,620", or "from iteration 1,190 (ongoing)". */
    public static String range(Diagnosis d) {
        return d.ongoing() ? String.format(Locale.ROOT, "from iteration %,d (ongoing)", d.startIteration())
                : String.format(Locale.ROOT, "iterations %,d–%,d", d.startIteration(), d.endIteration());
    }

    /** The evidence as "name 0.991 · name 8.31", in the engine's order. */
    public static String evidence(Diagnosis d) {
        Map<String, Double> e = d.evidence();
        return e == null ? "" : e.entrySet().stream()
                .map(x -> x.getKey() + " " + number(x.getValue()))
                .collect(Collectors.joining(" · "));
    }

    /** The verdict line: "D overpowers G: D(x) → 1 and D(G(z)) → 0 for 300 iterations". */
    public static String verdict(Diagnosis d) {
        String summary = d.summary() == null ? "" : d.summary().strip();
        return summary.isEmpty() ? d.kind().title() : d.kind().title() + ": " + summary;
    }

    /** Three significant digits (0.991, 8.31, 1230); an exponent only for the very small or large. */
    public static String number(Double v) {
        if (v == null || v.isNaN()) {
            return "–";
        }
        double a = Math.abs(v);
        return a != 0 && (a < 1e-3 || a >= 1e5) ? String.format(Locale.ROOT, "%.2e", v)
                : new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
