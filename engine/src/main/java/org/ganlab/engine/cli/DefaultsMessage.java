package org.ganlab.engine.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ganlab.engine.train.Defaults;

/**
 * The lines {@code ganlab train} prints before a new run when its model or loss set options the
 * user did not type, e.g. "The wgan loss set --lr-g 0.00005, --d-steps 5 (its paper's defaults; type an
 * option to choose your own)." One line per source, so the user sees what to type to override.
 */
final class DefaultsMessage {

    private final Map<String, String> optionNames;

    /** @param optionNames config field → option, e.g. {@code learningRateG → --lr-g} */
    DefaultsMessage(Map<String, String> optionNames) {
        this.optionNames = optionNames;
    }

    void print(Defaults.Result result, PrintWriter out) {
        for (String line : lines(result)) {
            out.println(line);
        }
    }

    List<String> lines(Defaults.Result result) {
        Set<String> sources = new LinkedHashSet<>();
        result.applied().forEach(a -> sources.add(a.source()));
        List<String> lines = new ArrayList<>();
        for (String source : sources) {
            List<String> settings = new ArrayList<>();
            for (Defaults.Applied a : result.from(source)) {
                settings.add(optionNames.getOrDefault(a.field(), a.field()) + " " + text(a.value()));
            }
            String[] kindAndName = source.split(" ", 2);
            lines.add("The " + kindAndName[1] + " " + kindAndName[0] + " set " + String.join(", ", settings)
                    + " (its defaults; type an option to choose your own).");
        }
        return lines;
    }

    /** 5e-5 as 0.00005, 0.9 as 0.9, 5 as 5. */
    private static String text(Object value) {
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
