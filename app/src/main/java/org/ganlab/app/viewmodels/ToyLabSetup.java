package org.ganlab.app.viewmodels;

import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganlab.engine.loss.GanLoss;
import org.ganlab.engine.train.Defaults;
import org.ganlab.engine.train.TrainingConfig;

/**
 * The 2-D lab's own settings, separate from the Train page's: a distribution and a setup form
 * opened with the lab's defaults, whose D steps and weight clip follow the loss as it is chosen.
 */
final class ToyLabSetup {

    /** The choice that trains on the student's own points. */
    static final String DRAWN = "drawn";
    static final List<String> DISTRIBUTIONS = List.of("ring8", "grid25", "moons", "spiral", DRAWN);

    /**
     * What the lab opens with: mlp2d's own defaults (engine {@code Defaults}, the same that
     * {@code ganlab train --model mlp2d} takes): fast, small, and good at the ring within 3,000 iterations.
     */
    static TrainingConfig defaults() {
        return Defaults.apply(TrainingConfig.defaults().withModel("mlp2d"), Set.of()).config().withEpochs(1);
    }

    private final SetupViewModel form = new SetupViewModel(defaults());
    private final StringProperty distribution = new SimpleStringProperty("ring8");
    private final ReadOnlyStringWrapper outputKind = new ReadOnlyStringWrapper("probability");

    ToyLabSetup() {
        form.field(HyperParameter.LOSS).textProperty().addListener((obs, was, now) -> formLossChanged(now));
    }

    SetupViewModel form() { return form; }

    StringProperty distributionProperty() { return distribution; }

    /** What the heat map's values are: "probability", "score" or "critic score". */
    ReadOnlyStringProperty outputKindProperty() { return outputKind.getReadOnlyProperty(); }

    /**
     * The heat map follows the loss. D steps and weight clip follow it too, through the form's
     * defaults (engine {@code Defaults}): a critic trains 5 steps per G step as in the WGAN papers,
     * and mlp2d clips WGAN's critic at 0.1, since the paper's 0.01 leaves a 2-D critic too weak to
     * separate the ring's modes in a lab's time (engine RingCoverageTest).
     */
    private void formLossChanged(String loss) {
        lossShown(loss);
    }

    /** The heat map explains D's numbers for {@code loss} (the form's, or a running 2-D run's). */
    void lossShown(String loss) {
        try {
            outputKind.set(GanLoss.named(loss).discriminatorOutput());
        } catch (IllegalArgumentException | NullPointerException e) {
            outputKind.set("probability");
        }
    }
}
