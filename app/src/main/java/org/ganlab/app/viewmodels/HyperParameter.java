package org.ganlab.app.viewmodels;

import java.util.List;
import org.ganlab.engine.data.DatasetCatalog;
import org.ganlab.engine.loss.GanLoss;
import org.ganlab.engine.model.ModelCatalog;
import org.ganlab.engine.nn.WeightInit;
import org.ganlab.engine.train.TrainingConfig;

/**
 * Every field of {@link org.ganlab.engine.train.TrainingConfig} as the setup panel shows it: the
 * same key as the record field and {@code config.json}, a label, a group, and one line on what
 * it does to training, and how it reads and writes the config ({@link ConfigValue}). A new
 * hyperparameter is one constant here: the form, its checks, live changes and change notes follow.
 */
public enum HyperParameter {
    DATASET("dataset", "Data set", Group.DATA, false,
            "The real images the discriminator learns to tell from fakes.",
            ConfigValue.choice(TrainingConfig::dataset, (b, v) -> b.dataset = v, DatasetCatalog::knownNames)),
    SUBSET("subset", "Subset", Group.DATA, false,
            "Train on only the first N images (0 = all): shorter epochs, less variety.",
            ConfigValue.whole(TrainingConfig::subset, (b, v) -> b.subset = v)),
    BATCH_SIZE("batchSize", "Batch size", Group.DATA, false,
            "Images per step: larger batches give smoother losses but fewer steps per epoch.",
            ConfigValue.whole(TrainingConfig::batchSize, (b, v) -> b.batchSize = v)),
    MODEL("model", "Model", Group.MODEL, false,
            "mlp trains fast; dcgan draws sharper images but is slower; cgan, cdcgan and acgan draw a chosen class; mlp2d is for 2-D points; dcgan32/dcgan64 for image folders.",
            ConfigValue.choice(TrainingConfig::model, (b, v) -> b.model = v, () -> ModelCatalog.NAMES)),
    LOSS("loss", "Loss", Group.MODEL, false,
            "bce (non-saturating) keeps G learning early; minimax is the original; wgan and wgan-gp train a critic (a score, not a probability); lsgan and hinge are steadier variants.",
            ConfigValue.choice(TrainingConfig::loss, (b, v) -> b.loss = v, () -> GanLoss.NAMES)),
    LATENT_SIZE("latentSize", "Latent size", Group.MODEL, false,
            "Length of the noise vector z the generator turns into an image.",
            ConfigValue.whole(TrainingConfig::latentSize, (b, v) -> b.latentSize = v)),
    HIDDEN_UNITS("hiddenUnits", "Hidden units", Group.MODEL, false,
            "Width of the hidden layers where the model allows it (mlp2d); 0 keeps the model's own.",
            ConfigValue.whole(TrainingConfig::hiddenUnits, (b, v) -> b.hiddenUnits = v)),
    INIT("init", "Init", Group.MODEL, false,
            "How the weights start: pytorch uses PyTorch's layer defaults; dcgan the DCGAN paper's N(0, 0.02) weights and N(1, 0.02) BatchNorm scales.",
            ConfigValue.choice(TrainingConfig::init, (b, v) -> b.init = v, () -> WeightInit.NAMES)),
    LEARNING_RATE_G("learningRateG", "Learning rate G", Group.GENERATOR, true,
            "Step size of the generator: too high and samples oscillate or collapse to one digit.",
            ConfigValue.real(TrainingConfig::learningRateG, (b, v) -> b.learningRateG = v)),
    BETA1_G("beta1G", "β1 G", Group.GENERATOR, true,
            "Adam momentum of G: 0.5 is the GAN default; higher makes G slower to change course.",
            ConfigValue.real(TrainingConfig::beta1G, (b, v) -> b.beta1G = v)),
    BETA2_G("beta2G", "β2 G", Group.GENERATOR, true,
            "How long Adam averages G's squared gradients: higher gives steadier step sizes.",
            ConfigValue.real(TrainingConfig::beta2G, (b, v) -> b.beta2G = v)),
    LEARNING_RATE_D("learningRateD", "Learning rate D", Group.DISCRIMINATOR, true,
            "Step size of the discriminator: if D learns much faster than G, G gets no useful signal.",
            ConfigValue.real(TrainingConfig::learningRateD, (b, v) -> b.learningRateD = v)),
    BETA1_D("beta1D", "β1 D", Group.DISCRIMINATOR, true,
            "Adam momentum of D: lower lets D react faster to a changing generator.",
            ConfigValue.real(TrainingConfig::beta1D, (b, v) -> b.beta1D = v)),
    BETA2_D("beta2D", "β2 D", Group.DISCRIMINATOR, true,
            "How long Adam averages D's squared gradients: higher gives steadier step sizes.",
            ConfigValue.real(TrainingConfig::beta2D, (b, v) -> b.beta2D = v)),
    WEIGHT_CLIP("weightClip", "Weight clip (WGAN)", Group.DISCRIMINATOR, true,
            "WGAN keeps its critic's weights in [−c, c]; 0 uses the paper's 0.01. Too small and the critic cannot tell the data apart (a 2-D critic learns faster with 0.1).",
            ConfigValue.real(TrainingConfig::weightClip, (b, v) -> b.weightClip = v)),
    EPOCHS("epochs", "Epochs", Group.TRAINING, true,
            "Passes over the data: more epochs, better samples, a longer run.",
            ConfigValue.whole(TrainingConfig::epochs, (b, v) -> b.epochs = v)),
    D_STEPS_PER_G_STEP("dStepsPerGStep", "D steps per G step", Group.TRAINING, true,
            "D trains every iteration, G every n-th: raise it when G overpowers D.",
            ConfigValue.whole(TrainingConfig::dStepsPerGStep, (b, v) -> b.dStepsPerGStep = v)),
    LABEL_SMOOTHING("labelSmoothing", "Label smoothing", Group.TRAINING, true,
            "Real targets become 1 − s: keeps D from growing overconfident.",
            ConfigValue.real(TrainingConfig::labelSmoothing, (b, v) -> b.labelSmoothing = v)),
    SNAPSHOT_EVERY("snapshotEvery", "Snapshot every", Group.TRAINING, true,
            "Iterations between sample grids and timeline frames; each epoch end adds one.",
            ConfigValue.whole(TrainingConfig::snapshotEvery, (b, v) -> b.snapshotEvery = v)),
    METRICS_EVERY("metricsEvery", "Metrics every", Group.TRAINING, true,
            "Epochs between quality scores (Fréchet distance, class coverage, score) on labelled 28×28 data; 0 = never. They cost time.",
            ConfigValue.whole(TrainingConfig::metricsEvery, (b, v) -> b.metricsEvery = v)),
    ITERATIONS("iterations", "Iterations", Group.TRAINING, true,
            "Total iterations for endless data (2-D toy sets); 0 trains for Epochs passes instead.",
            ConfigValue.whole(TrainingConfig::iterations, (b, v) -> b.iterations = v)),
    CHECKPOINT_MINUTES("checkpointMinutes", "Checkpoint every (min)", Group.TRAINING, true,
            "Minutes of training between checkpoints within an epoch, so a crash loses at most this much; 0 = only at epoch ends.",
            ConfigValue.real(TrainingConfig::checkpointMinutes, (b, v) -> b.checkpointMinutes = v)),
    SEED("seed", "Seed", Group.TRAINING, false,
            "Seeds weights, data order and noise: the same seed gives the same run.",
            ConfigValue.wholeLong(TrainingConfig::seed, (b, v) -> b.seed = v));

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

    private final String key;
    private final String label;
    private final Group group;
    private final boolean live;
    private final String help;
    private final ConfigValue<?> value;

    HyperParameter(String key, String label, Group group, boolean live, String help, ConfigValue<?> value) {
        this.key = key;
        this.label = label;
        this.group = group;
        this.live = live;
        this.help = help;
        this.value = value;
    }

    /** The record field, CLI and {@code config.json} name. */
    public String key() { return key; }

    public String label() { return label; }

    public Group group() { return group; }

    public ConfigValue.Kind kind() { return value.kind(); }

    /** Reads, writes and formats this field of a config. */
    public ConfigValue<?> value() { return value; }

    /** True when a running trainer applies a change at its next iteration. */
    public boolean live() { return live; }

    public String help() { return help; }

    /** The engine's catalogue for choice fields: what it can train right now. */
    public List<String> choices() { return value.choices(); }

    /** {@code run} with every live field taken from {@code from}: what a running trainer can be given. */
    public static TrainingConfig withLiveFieldsOf(TrainingConfig run, TrainingConfig from) {
        TrainingConfig.Builder b = new TrainingConfig.Builder(run);
        for (HyperParameter p : values()) {
            if (p.live) {
                p.value.copy(from, b);
            }
        }
        return b.build();
    }

    public static HyperParameter byKey(String key) {
        for (HyperParameter p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        return null;
    }
}
