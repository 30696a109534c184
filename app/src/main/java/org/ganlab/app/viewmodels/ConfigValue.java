package org.ganlab.app.viewmodels;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ganlab.engine.train.TrainingConfig;

/**
 * How one {@link HyperParameter} reads from a {@link TrainingConfig}, is written to its builder,
 * and travels as text: the getter, the with-er, the parser and the short form a field shows.
 * One of these per hyperparameter is all the setup form needs to show, check and build it.
 */
public final class ConfigValue<T> {

    /** What a field holds, and how its parse error reads ("must be a whole number"). */
    public enum Kind {
        CHOICE("chosen"), INT("a whole number"), LONG("a whole number"), DOUBLE("a finite number");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final Kind kind;
    private final Function<TrainingConfig, T> get;
    private final BiConsumer<TrainingConfig.Builder, T> set;
    private final Function<String, T> parse;
    private final Function<T, String> format;
    private final Supplier<List<String>> choices;

    private ConfigValue(Kind kind, Function<TrainingConfig, T> get, BiConsumer<TrainingConfig.Builder, T> set,
                        Function<String, T> parse, Function<T, String> format, Supplier<List<String>> choices) {
        this.kind = kind;
        this.get = get;
        this.set = set;
        this.parse = parse;
        this.format = format;
        this.choices = choices;
    }

    /** A name from a catalogue (data set, model, loss); folder paths keep their underscores. */
    static ConfigValue<String> choice(Function<TrainingConfig, String> get, BiConsumer<TrainingConfig.Builder, String> set,
                                      Supplier<List<String>> choices) {
        return new ConfigValue<>(Kind.CHOICE, get, set, String::trim, s -> s, choices);
    }

    static ConfigValue<Integer> whole(Function<TrainingConfig, Integer> get, BiConsumer<TrainingConfig.Builder, Integer> set) {
        return new ConfigValue<>(Kind.INT, get, set, t -> Integer.parseInt(digits(t)), i -> Integer.toString(i), List::of);
    }

    static ConfigValue<Long> wholeLong(Function<TrainingConfig, Long> get, BiConsumer<TrainingConfig.Builder, Long> set) {
        return new ConfigValue<>(Kind.LONG, get, set, t -> Long.parseLong(digits(t)), l -> Long.toString(l), List::of);
    }

    static ConfigValue<Double> real(Function<TrainingConfig, Double> get, BiConsumer<TrainingConfig.Builder, Double> set) {
        return new ConfigValue<>(Kind.DOUBLE, get, set, ConfigValue::finite, ConfigValue::number, List::of);
    }

    public Kind kind() { return kind; }

    /** The engine's catalogue for choice fields: what it can train right now. */
    public List<String> choices() { return choices.get(); }

    /** The text a field shows for this value of {@code c}: short, and parsed back to the same value. */
    public String format(TrainingConfig c) {
        return format.apply(get.apply(c));
    }

    /** The text a field shows for {@code value}, a value of this field's type (e.g. from the engine's defaults). */
    @SuppressWarnings("unchecked")
    public String formatValue(Object value) {
        return format.apply((T) value);
    }

    /** Parses {@code text} into {@code b}. @throws NumberFormatException when it is not a value of this kind */
    public void apply(TrainingConfig.Builder b, String text) {
        set.accept(b, parse.apply(text == null ? "" : text));
    }

    /** Copies this value from {@code from} into {@code b}. */
    public void copy(TrainingConfig from, TrainingConfig.Builder b) {
        set.accept(b, get.apply(from));
    }

    private static String digits(String text) {
        return text.trim().replace("_", "");
    }

    /** NaN and infinities parse as doubles but are no setting: the form says so at the field. */
    private static double finite(String text) {
        double d = Double.parseDouble(digits(text));
        if (!Double.isFinite(d)) {
            throw new NumberFormatException(text.trim());
        }
        return d;
    }

    /** 0.0002 reads better as 2e-4; 0.5 as 0.5. */
    static String number(double v) {
        if (v != 0 && Math.abs(v) < 1e-2) {
            String s = String.format(Locale.ROOT, "%.6e", v);
            String mantissa = s.substring(0, s.indexOf('e')).replaceAll("\\.?0+$", "");
            int exp = Integer.parseInt(s.substring(s.indexOf('e') + 1));
            return mantissa + "e" + exp;
        }
        String s = Double.toString(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
