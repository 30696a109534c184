package org.ganlab.engine.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings of several runs' {@code config.json}, split into those that differ (what the
 * comparison is about) and those every run shares. A key a run lacks (an older config) counts as
 * differing, its value shown as {@value #ABSENT}. Keys keep the order of their first appearance.
 */
public record ConfigDiff(List<Setting> differing, List<Setting> shared) {

    /** Shown for a key a run's config does not have. */
    public static final String ABSENT = "—";

    /** One key and its value in each run, in the runs' order (one value when shared). */
    public record Setting(String key, List<String> values) {}

    public static ConfigDiff of(List<Map<String, String>> configs) {
        Set<String> keys = new LinkedHashSet<>();
        configs.forEach(c -> keys.addAll(c.keySet()));
        List<Setting> differing = new ArrayList<>();
        List<Setting> shared = new ArrayList<>();
        for (String key : keys) {
            List<String> values = configs.stream().map(c -> ChangeLabels.number(c.getOrDefault(key, ABSENT))).toList();
            if (values.stream().distinct().count() == 1) {
                shared.add(new Setting(key, List.of(values.get(0))));
            } else {
                differing.add(new Setting(key, values));
            }
        }
        return new ConfigDiff(List.copyOf(differing), List.copyOf(shared));
    }
}
