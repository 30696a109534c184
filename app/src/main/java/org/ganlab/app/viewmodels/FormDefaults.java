package org.ganlab.app.viewmodels;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.ganlab.engine.train.Defaults;
import org.ganlab.engine.train.TrainingConfig;

/**
 * The setup form's side of the engine's {@link Defaults}: when the model or the loss is chosen,
 * every field the user has not edited takes that model's and loss's value and says so ("set by the
 * loss: change freely"); a field the user edited keeps its value. A field a previous choice set
 * goes back to the loaded config's value when the new choice names none. Loading a config (Reset,
 * a saved run) starts over: nothing is edited, nothing set.
 */
final class FormDefaults {

    /** The hint under a field a choice set. */
    static String hint(String source) {
        return "set by the " + source.split(" ", 2)[0] + ": change freely";
    }

    private final Map<HyperParameter, ParameterField> fields;
    private final Set<HyperParameter> edited = EnumSet.noneOf(HyperParameter.class);
    private final Map<HyperParameter, String> set = new EnumMap<>(HyperParameter.class);
    private TrainingConfig base;
    private boolean quiet;

    FormDefaults(Map<HyperParameter, ParameterField> fields, TrainingConfig base) {
        this.fields = fields;
        this.base = base;
    }

    /** Shows {@code cfg} as loaded: {@code show} fills the fields without counting as edits. */
    void load(TrainingConfig cfg, Runnable show) {
        base = cfg;
        edited.clear();
        set.clear();
        quietly(show);
        fields.values().forEach(f -> f.setHint(""));
    }

    /** Called on every change of a field's text: a change from outside (the user, a command) is an edit. */
    void textChanged(HyperParameter p) {
        if (quiet) {
            return;
        }
        if (p == HyperParameter.MODEL || p == HyperParameter.LOSS) {
            edited.add(p);
            choiceChanged();
        } else {
            edited.add(p);
            if (set.remove(p) != null) {
                fields.get(p).setHint("");
            }
        }
    }

    /** True when the user (or a command such as Import folder) changed {@code p} since the last load. */
    boolean edited(HyperParameter p) {
        return edited.contains(p);
    }

    private void choiceChanged() {
        Map<String, Defaults.Applied> chosen = Defaults.of(text(HyperParameter.MODEL), text(HyperParameter.LOSS));
        quietly(() -> {
            for (HyperParameter p : HyperParameter.values()) {
                if (!edited.contains(p)) {
                    follow(p, chosen.get(p.key()));
                }
            }
        });
    }

    /** {@code p} takes {@code applied}'s value, or back to the loaded one when a previous choice set it. */
    private void follow(HyperParameter p, Defaults.Applied applied) {
        ParameterField f = fields.get(p);
        String loaded = p.value().format(base);
        if (applied != null) {
            String value = p.value().formatValue(applied.value());
            f.setText(value);
            set.put(p, applied.source());
            f.setHint(value.equals(loaded) ? "" : hint(applied.source()));
        } else if (set.remove(p) != null) {
            f.setText(loaded);
            f.setHint("");
        }
    }

    private String text(HyperParameter p) {
        String t = fields.get(p).getText();
        return t == null ? "" : t.trim();
    }

    private void quietly(Runnable r) {
        boolean was = quiet;
        quiet = true;
        try {
            r.run();
        } finally {
            quiet = was;
        }
    }
}
