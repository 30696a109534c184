package org.ganlab.app.viewmodels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.app.model.ChartMarker;
import org.ganlab.engine.run.ConfigChange;

/**
 * How recorded live changes ({@code changes.csv}) read in the app: chart markers worded as the
 * live ones ("Learning rate G 2e-4 → 1e-4"), and a short list for the runs table.
 */
public final class ChangeText {

    /** Changes listed in a runs-table cell before "…". */
    static final int SHOWN = 3;

    private ChangeText() {
    }

    /** One marker per iteration at which something changed, its fields joined as the live marker does. */
    public static List<ChartMarker> markers(List<ConfigChange> changes) {
        Map<Long, List<String>> byIteration = new LinkedHashMap<>();
        for (ConfigChange c : changes) {
            byIteration.computeIfAbsent(c.iteration(), i -> new ArrayList<>())
                    .add(label(c.field()) + " " + value(c.field(), c.oldValue()) + " → " + value(c.field(), c.newValue()));
        }
        List<ChartMarker> markers = new ArrayList<>();
        byIteration.forEach((it, parts) -> markers.add(new ChartMarker(it, String.join(", ", parts))));
        return markers;
    }

    /** E.g. "2: lr G 2e-4→2e-3 @1190, D/G 1→2 @1190"; "–" when nothing changed. */
    public static String summary(List<ConfigChange> changes) {
        if (changes.isEmpty()) {
            return "–";
        }
        List<String> parts = new ArrayList<>();
        for (ConfigChange c : changes.subList(0, Math.min(SHOWN, changes.size()))) {
            parts.add(shortLabel(c.field()) + " " + value(c.field(), c.oldValue()) + "→"
                    + value(c.field(), c.newValue()) + " @" + c.iteration());
        }
        return changes.size() + ": " + String.join(", ", parts) + (changes.size() > SHOWN ? ", …" : "");
    }

    private static String label(String field) {
        HyperParameter p = HyperParameter.byKey(field);
        return p == null ? field : p.label();
    }

    /** The runs table's abbreviations, as in its "Key hyperparameters" column. */
    private static String shortLabel(String field) {
        return switch (field) {
            case "learningRateG" -> "lr G";
            case "learningRateD" -> "lr D";
            case "labelSmoothing" -> "smooth";
            case "dStepsPerGStep" -> "D/G";
            default -> label(field);
        };
    }

    /** Numbers as the setup form writes them (2e-4, not 2.0E-4). */
    private static String value(String field, String raw) {
        HyperParameter p = HyperParameter.byKey(field);
        if (p == null || p.kind() != ConfigValue.Kind.DOUBLE) {
            return raw;
        }
        try {
            return SetupViewModel.number(Double.parseDouble(raw));
        } catch (NumberFormatException e) {
            return raw;
        }
    }
}
