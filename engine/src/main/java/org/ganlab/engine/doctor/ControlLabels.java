package org.ganlab.engine.doctor;

import java.util.List;
import java.util.Map;
import org.ganlab.engine.report.ChangeLabels;
import org.ganlab.engine.run.ConfigChange;

/**
 * The app's labels for the settings the doctor's advice names, so that advice reads like the
 * setup form ("lower Learning rate D to 1e-4"). They are the labels of the app's
 * {@code HyperParameter} constants; the engine cannot see the app, so they are repeated here.
 */
final class ControlLabels {

    static final String LEARNING_RATE_G = "Learning rate G";
    static final String LEARNING_RATE_D = "Learning rate D";
    static final String D_STEPS = "D steps per G step";
    static final String LABEL_SMOOTHING = "Label smoothing";
    static final String LOSS = "Loss";
    static final String LATENT_SIZE = "Latent size";
    static final String WEIGHT_CLIP = "Weight clip (WGAN)";

    private static final Map<String, String> BY_FIELD = Map.ofEntries(
            Map.entry("learningRateG", LEARNING_RATE_G), Map.entry("learningRateD", LEARNING_RATE_D),
            Map.entry("beta1G", "β1 G"), Map.entry("beta2G", "β2 G"), Map.entry("beta1D", "β1 D"),
            Map.entry("beta2D", "β2 D"), Map.entry("weightClip", WEIGHT_CLIP), Map.entry("epochs", "Epochs"),
            Map.entry("dStepsPerGStep", D_STEPS), Map.entry("labelSmoothing", LABEL_SMOOTHING),
            Map.entry("snapshotEvery", "Snapshot every"), Map.entry("metricsEvery", "Metrics every"),
            Map.entry("iterations", "Iterations"), Map.entry("checkpointMinutes", "Checkpoint every (min)"));

    private ControlLabels() {
    }

    /** The UI label of a config field; the field name itself when it has none. */
    static String of(String field) {
        return BY_FIELD.getOrDefault(field, field);
    }

    /** "Learning rate G 2e-4 → 2e-3, D steps per G step 1 → 5": the changes of one iteration. */
    static String describe(List<ConfigChange> changes) {
        StringBuilder text = new StringBuilder();
        for (ConfigChange c : changes) {
            text.append(text.length() > 0 ? ", " : "").append(of(c.field())).append(' ')
                    .append(ChangeLabels.number(c.oldValue())).append(" → ").append(ChangeLabels.number(c.newValue()));
        }
        return text.toString();
    }

    /** A learning rate as a person writes it: 1e-4, 0.002. */
    static String rate(double value) {
        return ChangeLabels.number(Double.toString(value));
    }
}
