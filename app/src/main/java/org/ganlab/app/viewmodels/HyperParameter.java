package org.ganlab.app.viewmodels;

import java.util.List;
import java.util.function.Supplier;
import org.ganlab.engine.data.DatasetCatalog;
import org.ganlab.engine.loss.GanLoss;
import org.ganlab.engine.model.ModelCatalog;

/**
 * Every field of {@link org.ganlab.engine.train.TrainingConfig} as the setup panel shows it: the
 * same key as the record field and {@code config.json}, a label, a group, and one line on what
 * it does to training.
 */
public enum HyperParameter {
    DATASET("dataset", "Data set", Group.DATA, Kind.CHOICE, false,
            "The real images the discriminator learns to tell from fakes.", DatasetCatalog::knownNames),
    SUBSET("subset", "Subset", Group.DATA, Kind.INT, false,
            "Train on only the first N images (0 = all): shorter epochs, less variety."),
    BATCH_SIZE("batchSize", "Batch size", Group.DATA, Kind.INT, false,
            "Images per step: larger batches give smoother losses but fewer steps per epoch."),
    MODEL("model", "Model", Group.MODEL, Kind.CHOICE, false,
            "mlp trains fast; dcgan draws sharper images but is slower; cgan, cdcgan and acgan draw a chosen class; mlp2d is for 2-D points; dcgan32/dcgan64 for image folders.",
            () -> ModelCatalog.NAMES),
    LOSS("loss", "Loss", Group.MODEL, Kind.CHOICE, false,
            "bce (non-saturating) keeps G learning early; minimax is the original; wgan and wgan-gp train a critic (a score, not a probability); lsgan and hinge are steadier variants.",
            () -> GanLoss.NAMES),
    LATENT_SIZE("latentSize", "Latent size", Group.MODEL, Kind.INT, false,
            "Length of the noise vector z the generator turns into an image."),
    HIDDEN_UNITS("hiddenUnits", "Hidden units", Group.MODEL, Kind.INT, false,
            "Width of the hidden layers where the model allows it (mlp2d); 0 keeps the model's own."),
    LEARNING_RATE_G("learningRateG", "Learning rate G", Group.GENERATOR, Kind.DOUBLE, true,
            "Step size of the generator: too high and samples oscillate or collapse to one digit."),
    BETA1_G("beta1G", "β1 G", Group.GENERATOR, Kind.DOUBLE, true,
            "Adam momentum of G: 0.5 is the GAN default; higher makes G slower to change course."),
    BETA2_G("beta2G", "β2 G", Group.GENERATOR, Kind.DOUBLE, true,
            "How long Adam averages G's squared gradients: higher gives steadier step sizes."),
    LEARNING_RATE_D("learningRateD", "Learning rate D", Group.DISCRIMINATOR, Kind.DOUBLE, true,
            "Step size of the discriminator: if D learns much faster than G, G gets no useful signal."),
    BETA1_D("beta1D", "β1 D", Group.DISCRIMINATOR, Kind.DOUBLE, true,
            "Adam momentum of D: lower lets D react faster to a changing generator."),
    BETA2_D("beta2D", "β2 D", Group.DISCRIMINATOR, Kind.DOUBLE, true,
            "How long Adam averages D's squared gradients: higher gives steadier step sizes."),
    WEIGHT_CLIP("weightClip", "Weight clip (WGAN)", Group.DISCRIMINATOR, Kind.DOUBLE, true,
            "WGAN keeps its critic's weights in [−c, c]; 0 uses the paper's 0.01. Too small and the critic cannot tell the data apart (a 2-D critic learns faster with 0.1)."),
    EPOCHS("epochs", "Epochs", Group.TRAINING, Kind.INT, true,
            "Passes over the data: more epochs, better samples, a longer run."),
    D_STEPS_PER_G_STEP("dStepsPerGStep", "D steps per G step", Group.TRAINING, Kind.INT, true,
            "D trains every iteration, G every n-th: raise it when G overpowers D."),
    LABEL_SMOOTHING("labelSmoothing", "Label smoothing", Group.TRAINING, Kind.DOUBLE, true,
            "Real targets become 1 − s: keeps D from growing overconfident."),
    SNAPSHOT_EVERY("snapshotEvery", "Snapshot every", Group.TRAINING, Kind.INT, true,
            "Iterations between sample grids and timeline frames; each epoch end adds one."),
    METRICS_EVERY("metricsEvery", "Metrics every", Group.TRAINING, Kind.INT, true,
            "Epochs between quality scores (Fréchet distance, class coverage, score) on labelled 28×28 data; 0 = never. They cost time."),
    ITERATIONS("iterations", "Iterations", Group.TRAINING, Kind.INT, true,
            "Total iterations for endless data (2-D toy sets); 0 trains for Epochs passes instead."),
    CHECKPOINT_MINUTES("checkpointMinutes", "Checkpoint every (min)", Group.TRAINING, Kind.DOUBLE, true,
            "Minutes of training between checkpoints within an epoch, so a crash loses at most this much; 0 = only at epoch ends."),
    SEED("seed", "Seed", Group.TRAINING, Kind.LONG, false,
            "Seeds weights, data order and noise: the same seed gives the same run.");

    /** Sections of the setup panel, in display order. */
    public enum Group {
        DATA("Data"), MODEL("Model"), GENERATOR("Generator optimiser"),
        DISCRIMINATOR("Discriminator optimiser"), TRAINING("Training");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public enum Kind { CHOICE, INT, LONG, DOUBLE }

    private final String key;
    private final String label;
    private final Group group;
    private final Kind kind;
    private final boolean live;
    private final String help;
    private final Supplier<List<String>> choices;

    HyperParameter(String key, String label, Group group, Kind kind, boolean live, String help) {
        this(key, label, group, kind, live, help, List::of);
    }

    HyperParameter(String key, String label, Group group, Kind kind, boolean live, String help,
                   Supplier<List<String>> choices) {
        this.key = key;
        this.label = label;
        this.group = group;
        this.kind = kind;
        this.live = live;
        this.help = help;
        this.choices = choices;
    }

    /** The record field, CLI and {@code config.json} name. */
    public String key() { return key; }

    public String label() { return label; }

    public Group group() { return group; }

    public Kind kind() { return kind; }

    /** True when a running trainer applies a change at its next iteration. */
    public boolean live() { return live; }

    public String help() { return help; }

    /** The engine's catalogue for choice fields: what it can train right now. */
    public List<String> choices() { return choices.get(); }

    public static HyperParameter byKey(String key) {
        for (HyperParameter p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        return null;
    }
}
