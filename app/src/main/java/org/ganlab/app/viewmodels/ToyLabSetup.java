package org.ganlab.app.viewmodels;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganlab.engine.loss.GanLoss;
import org.ganlab.engine.train.TrainingConfig;

/**
 * The 2-D lab's own settings, separate from the Train page's: a distribution and a setup form
 * opened with the lab's defaults, whose D steps and weight clip follow the loss as it is chosen.
 */
final class ToyLabSetup {

    /** The choice that trains on the student's own points. */
    static final String DRAWN = "drawn";
    static final List<String> DISTRIBUTIONS = List.of("ring8", "grid25", "moons", "spiral", DRAWN);

    /** What the lab opens with: fast, small, and good at the ring within a few thousand iterations. */
    static TrainingConfig defaults() {
        return TrainingConfig.defaults().edit(b -> {
            b.dataset = "ring8";
            b.model = "mlp2d";
            b.batchSize = 256;
            b.latentSize = 4;
            b.hiddenUnits = 128;
            b.learningRateG = 1e-3;
            b.learningRateD = 1e-3;
            b.beta2G = 0.9;
            b.beta2D = 0.9;
            b.iterations = 3000;
            b.epochs = 1;
            b.snapshotEvery = 100;
        });
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
     * A critic is trained several steps per G step (as in the WGAN papers); the other losses one.
     * WGAN's clip bound starts at 0.1 here: the paper's 0.01 leaves a 2-D critic too weak to
     * separate the ring's modes in a lab's time (engine RingCoverageTest).
     */
    private void formLossChanged(String loss) {
        lossShown(loss);
        boolean critic = loss != null && loss.startsWith("wgan");
        ParameterField dSteps = form.field(HyperParameter.D_STEPS_PER_G_STEP);
        if (critic && "1".equals(dSteps.getText())) {
            dSteps.setText("5");
        } else if (!critic && "5".equals(dSteps.getText())) {
            dSteps.setText("1");
        }
        ParameterField clip = form.field(HyperParameter.WEIGHT_CLIP);
        if ("wgan".equals(loss) && "0".equals(clip.getText())) {
            clip.setText("0.1");
        }
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
