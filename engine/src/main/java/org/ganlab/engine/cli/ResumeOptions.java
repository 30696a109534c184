package org.ganlab.engine.cli;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ganlab.engine.train.TrainingConfig;
import picocli.CommandLine.ParseResult;

/**
 * {@code ganlab train --resume RUN}: the saved config with only the options the user typed laid
 * over it. Applying every option's default instead would quietly cut a 30-epoch run to the default
 * epochs and rewrite its config.json. Options that fix the architecture or data may be repeated
 * with their saved value, but not changed.
 */
final class ResumeOptions {

    /** Config fields a checkpoint fixes, as {@code Resumption} in the engine checks them. */
    private static final Set<String> STRUCTURAL = Set.of(
            "dataset", "model", "loss", "batchSize", "latentSize", "hiddenUnits", "seed", "subset", "init");

    private final ParseResult parsed;
    private final Map<String, String> optionNames;
    private final Path runDir;

    /** @param optionNames config field → option, e.g. {@code learningRateG → --lr-g} */
    ResumeOptions(ParseResult parsed, Map<String, String> optionNames, Path runDir) {
        this.parsed = parsed;
        this.optionNames = optionNames;
        this.runDir = runDir;
    }

    /**
     * {@code saved} with the fields of the options given on the command line taken from {@code typed}.
     *
     * @throws IllegalArgumentException naming each option that would change what the checkpoint fixes
     */
    TrainingConfig over(TrainingConfig saved, TrainingConfig typed) {
        TrainingConfig.Builder result = new TrainingConfig.Builder(saved);
        TrainingConfig.Builder given = new TrainingConfig.Builder(typed);
        List<String> refused = new ArrayList<>();
        for (Map.Entry<String, String> e : optionNames.entrySet()) {
            if (!parsed.hasMatchedOption(e.getValue())) {
                continue;
            }
            Object savedValue = get(result, e.getKey());
            Object typedValue = get(given, e.getKey());
            if (STRUCTURAL.contains(e.getKey()) && !Objects.equals(savedValue, typedValue)) {
                refused.add(e.getValue() + " " + typedValue + " (the run has " + savedValue + ")");
            }
            set(result, e.getKey(), typedValue);
        }
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException("the checkpoint in " + runDir + " fixes the architecture and data, so "
                    + String.join(", ", refused) + " cannot apply; leave it out to continue the run, or start a new run with --out");
        }
        return result.build();
    }

    private static Object get(TrainingConfig.Builder b, String field) {
        try {
            return builderField(field).get(b);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(TrainingConfig.Builder b, String field, Object value) {
        try {
            builderField(field).set(b, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field builderField(String name) {
        try {
            return TrainingConfig.Builder.class.getField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("TrainingConfig has no field " + name, e);
        }
    }
}
