package org.ganlab.app.model;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** The names of a labelled data set's classes, for row labels, pickers and the coverage histogram. */
public final class ClassNames {

    public static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    public static final List<String> FASHION = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");
    /** Kuzushiji-MNIST's ten hiragana, romanised (not every font has the kana). */
    public static final List<String> KMNIST = List.of("o", "ki", "su", "tsu", "na", "ha", "ma", "ya", "re", "wo");

    private ClassNames() {
    }

    /** {@code count} names for the data set's classes: known sets by name, others "class 0", "class 1", ... */
    public static List<String> of(String dataset, int count) {
        List<String> known = switch (dataset == null ? "" : dataset.toLowerCase(Locale.ROOT)) {
            case "mnist" -> DIGITS;
            case "fashion-mnist" -> FASHION;
            case "kmnist" -> KMNIST;
            default -> List.of();
        };
        if (known.size() == count) {
            return known;
        }
        return IntStream.range(0, count).mapToObj(i -> "class " + i).toList();
    }
}
