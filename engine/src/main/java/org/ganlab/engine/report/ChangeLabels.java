package org.ganlab.engine.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.engine.run.ConfigChange;

/**
 * How a report words live hyperparameter changes: short, as the app's runs table does
 * ("lr G 2e-4→2e-3"), one chart marker per iteration at which something changed.
 */
public final class ChangeLabels {

    private ChangeLabels() {
    }

    /** A vertical chart line at {@code iteration} with its label. */
    public record Marker(long iteration, String label) {}

    /** One marker per iteration, its changes joined by ", ", in the order they were made. */
    public static List<Marker> markers(List<ConfigChange> changes) {
        Map<Long, List<String>> byIteration = new LinkedHashMap<>();
        for (ConfigChange c : changes) {
            byIteration.computeIfAbsent(c.iteration(), i -> new ArrayList<>()).add(label(c));
        }
        List<Marker> markers = new ArrayList<>();
        byIteration.forEach((iteration, parts) -> markers.add(new Marker(iteration, String.join(", ", parts))));
        return markers;
    }

    /** E.g. "lr G 2e-4→2e-3" for learningRateG from 2.0E-4 to 0.002. */
    public static String label(ConfigChange c) {
        return shortName(c.field()) + " " + number(c.oldValue()) + "→" + number(c.newValue());
    }

    static String shortName(String field) {
        return switch (field) {
            case "learningRateG" -> "lr G";
            case "learningRateD" -> "lr D";
            case "beta1G" -> "β1 G";
            case "beta2G" -> "β2 G";
            case "beta1D" -> "β1 D";
            case "beta2D" -> "β2 D";
            case "labelSmoothing" -> "smooth";
            case "dStepsPerGStep" -> "D/G";
            case "snapshotEvery" -> "snapshot every";
            case "weightClip" -> "clip";
            default -> field;
        };
    }

    /** Decimals as a person writes them: 2e-4 rather than 2.0E-4, 0.5 rather than 0.50; integers and text as they are. */
    public static String number(String raw) {
        if (!raw.matches("\\s*-?[0-9]*\\.[0-9]*([eE]-?[0-9]+)?\\s*|\\s*-?[0-9]+[eE]-?[0-9]+\\s*")) {
            return raw; // text, and integers (a seed, a subset) as written
        }
        BigDecimal value;
        try {
            value = new BigDecimal(raw.trim()).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return raw;
        }
        if (value.signum() == 0) {
            return "0";
        }
        int exponent = value.precision() - value.scale() - 1;
        if (exponent >= -2 && exponent < 6) {
            return value.toPlainString();
        }
        return value.movePointLeft(exponent).toPlainString() + "e" + exponent;
    }
}
