package org.ganlab.engine.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything that defines a training run, in one immutable record: saved as {@code config.json}
 * with every run and every checkpoint, and the single source of hyperparameter names (the CLI's
 * {@code --lr-g}, the app's "Learning rate G" and the JSON key {@code learningRateG} are the same
 * field).
 *
 * <p>Structural fields (data set, model, loss, latent size, batch size, seed, subset, hidden units) fix the
 * shape of the networks or the data order; changing them needs a new run. The others are
 * <em>live</em>: {@code TrainingRun.update(TrainingConfig)} applies them at the next iteration.
 *
 * @param dataset         data set name, e.g. {@code mnist}
 * @param model           architecture name, e.g. {@code mlp} or {@code dcgan}
 * @param loss            GAN loss name, e.g. {@code bce} (non-saturating) or {@code minimax}
 * @param epochs          passes over the data set
 * @param batchSize       images per mini-batch
 * @param latentSize      length of the noise vector z
 * @param learningRateG   Adam step size of the generator (live)
 * @param learningRateD   Adam step size of the discriminator (live)
 * @param beta1G          Adam β1 of the generator (live)
 * @param beta2G          Adam β2 of the generator (live)
 * @param beta1D          Adam β1 of the discriminator (live)
 * @param beta2D          Adam β2 of the discriminator (live)
 * @param labelSmoothing  one-sided smoothing: real targets are {@code 1 - labelSmoothing} (live)
 * @param dStepsPerGStep  the generator steps on every n-th iteration; D steps on each (live)
 * @param snapshotEvery   iterations between sample grids; each epoch end takes one too (live)
 * @param seed            seeds weights, data order and noise: same seed, same run
 * @param subset          use only the first N training images; 0 uses all of them
 * @param iterations      total iterations, for endless data such as 2-D toy distributions;
 *                        0 trains for {@code epochs} passes instead (live)
 * @param metricsEvery    epochs between quality metrics (Fréchet distance, coverage); 0 = never (live)
 * @param hiddenUnits     width of the hidden layers of models that let it change (mlp2d); 0 = the model's default
 * @param weightClip      WGAN's clipping bound c for the critic's weights; 0 = the paper's 0.01 (live)
 * @param checkpointMinutes minutes of training between checkpoints within an epoch, so a crash
 *                        on a long epoch loses at most this much; 0 = only at epoch ends (live)
 * @param init            how the weights start: {@code pytorch} (PyTorch's layer defaults) or
 *                        {@code dcgan} (the DCGAN paper's N(0, 0.02) weights, N(1, 0.02) BatchNorm scales)
 */
public record TrainingConfig(
        String dataset,
        String model,
        String loss,
        int epochs,
        int batchSize,
        int latentSize,
        double learningRateG,
        double learningRateD,
        double beta1G,
        double beta2G,
        double beta1D,
        double beta2D,
        double labelSmoothing,
        int dStepsPerGStep,
        int snapshotEvery,
        long seed,
        int subset,
        int iterations,
        int metricsEvery,
        int hiddenUnits,
        double weightClip,
        double checkpointMinutes,
        String init) {

    /** The initialisation of runs saved before {@code init} existed, and of the models without their own. */
    public static final String DEFAULT_INIT = "pytorch";

    /** Minutes between checkpoints within an epoch unless configured otherwise. */
    public static final double DEFAULT_CHECKPOINT_MINUTES = 5;

    /** The largest batch: beyond it one batch of 64×64 colour images passes a GB, and array sizes overflow. */
    public static final int MAX_BATCH_SIZE = 16_384;
    /** The longest noise vector; published GANs use at most a few hundred. */
    public static final int MAX_LATENT_SIZE = 4_096;

    /** The defaults the app opens with: MLP GAN on MNIST, the fast path. */
    public static TrainingConfig defaults() {
        return new TrainingConfig("mnist", "mlp", "bce", 20, 128, 100,
                2e-4, 2e-4, 0.5, 0.999, 0.5, 0.999, 0.0, 1, 100, 42L, 0, 0, 0, 0, 0.0, DEFAULT_CHECKPOINT_MINUTES,
                DEFAULT_INIT);
    }

    /** Fails with one line naming every invalid field, e.g. "learningRateG must be > 0 (was -0.1)". */
    public TrainingConfig {
        List<String> problems = problems(dataset, model, loss, epochs, batchSize, latentSize,
                learningRateG, learningRateD, beta1G, beta2G, beta1D, beta2D,
                labelSmoothing, dStepsPerGStep, snapshotEvery, subset);
        if (iterations < 0) problems.add("iterations must be >= 0 (was " + iterations + ")");
        if (metricsEvery < 0) problems.add("metricsEvery must be >= 0 (was " + metricsEvery + ")");
        if (hiddenUnits < 0 || hiddenUnits > 4096) problems.add("hiddenUnits must be in [0, 4096] (was " + hiddenUnits + ")");
        if (!(weightClip >= 0 && weightClip <= 10)) problems.add("weightClip must be in [0, 10] (was " + weightClip + ")");
        if (!(checkpointMinutes >= 0 && checkpointMinutes <= 24 * 60)) {
            problems.add(fmt("checkpointMinutes must be in [0, 1440]", checkpointMinutes));
        }
        if (!org.ganlab.engine.nn.WeightInit.NAMES.contains(init)) {
            problems.add("init must be one of " + String.join(", ", org.ganlab.engine.nn.WeightInit.NAMES) + " (was " + init + ")");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    private static List<String> problems(String dataset, String model, String loss, int epochs,
            int batchSize, int latentSize, double lrG, double lrD, double b1G, double b2G,
            double b1D, double b2D, double smoothing, int dSteps, int snapshotEvery, int subset) {
        List<String> p = new ArrayList<>();
        if (dataset == null || dataset.isBlank()) p.add("dataset must be named");
        if (model == null || model.isBlank()) p.add("model must be named");
        if (loss == null || loss.isBlank()) p.add("loss must be named");
        positive(p, "epochs", epochs);
        positive(p, "batchSize", batchSize);
        atMost(p, "batchSize", batchSize, MAX_BATCH_SIZE);
        positive(p, "latentSize", latentSize);
        atMost(p, "latentSize", latentSize, MAX_LATENT_SIZE);
        learningRate(p, "learningRateG", lrG);
        learningRate(p, "learningRateD", lrD);
        beta(p, "beta1G", b1G);
        beta(p, "beta2G", b2G);
        beta(p, "beta1D", b1D);
        beta(p, "beta2D", b2D);
        if (!(smoothing >= 0 && smoothing < 0.5)) p.add(fmt("labelSmoothing must be in [0, 0.5)", smoothing));
        positive(p, "dStepsPerGStep", dSteps);
        positive(p, "snapshotEvery", snapshotEvery);
        if (subset < 0) p.add("subset must be >= 0 (was " + subset + ")");
        return p;
    }

    private static void positive(List<String> p, String name, int v) {
        if (v <= 0) p.add(name + " must be > 0 (was " + v + ")");
    }

    private static void atMost(List<String> p, String name, int v, int max) {
        if (v > max) p.add(name + " must be <= " + max + " (was " + v + ")");
    }

    private static void learningRate(List<String> p, String name, double v) {
        if (!(v > 0 && v <= 1)) p.add(fmt(name + " must be > 0 and <= 1", v));
    }

    private static void beta(List<String> p, String name, double v) {
        if (!(v >= 0 && v < 1)) p.add(fmt(name + " must be in [0, 1)", v));
    }

    private static String fmt(String rule, double v) {
        return rule + " (was " + String.format(Locale.ROOT, "%s", v) + ")";
    }

    /** True when {@code other} differs from this config only in live fields. */
    public boolean sameStructure(TrainingConfig other) {
        return dataset.equals(other.dataset) && model.equals(other.model) && loss.equals(other.loss)
                && batchSize == other.batchSize && latentSize == other.latentSize
                && seed == other.seed && subset == other.subset && hiddenUnits == other.hiddenUnits
                && init.equals(other.init);
    }

    public TrainingConfig withDataset(String v) { return edit(b -> b.dataset = v); }
    public TrainingConfig withModel(String v) { return edit(b -> b.model = v); }
    public TrainingConfig withLoss(String v) { return edit(b -> b.loss = v); }
    public TrainingConfig withEpochs(int v) { return edit(b -> b.epochs = v); }
    public TrainingConfig withBatchSize(int v) { return edit(b -> b.batchSize = v); }
    public TrainingConfig withLatentSize(int v) { return edit(b -> b.latentSize = v); }
    public TrainingConfig withLearningRateG(double v) { return edit(b -> b.learningRateG = v); }
    public TrainingConfig withLearningRateD(double v) { return edit(b -> b.learningRateD = v); }
    public TrainingConfig withBetasG(double b1, double b2) { return edit(b -> { b.beta1G = b1; b.beta2G = b2; }); }
    public TrainingConfig withBetasD(double b1, double b2) { return edit(b -> { b.beta1D = b1; b.beta2D = b2; }); }
    public TrainingConfig withLabelSmoothing(double v) { return edit(b -> b.labelSmoothing = v); }
    public TrainingConfig withDStepsPerGStep(int v) { return edit(b -> b.dStepsPerGStep = v); }
    public TrainingConfig withSnapshotEvery(int v) { return edit(b -> b.snapshotEvery = v); }
    public TrainingConfig withSeed(long v) { return edit(b -> b.seed = v); }
    public TrainingConfig withSubset(int v) { return edit(b -> b.subset = v); }
    public TrainingConfig withIterations(int v) { return edit(b -> b.iterations = v); }
    public TrainingConfig withMetricsEvery(int v) { return edit(b -> b.metricsEvery = v); }
    public TrainingConfig withHiddenUnits(int v) { return edit(b -> b.hiddenUnits = v); }
    public TrainingConfig withWeightClip(double v) { return edit(b -> b.weightClip = v); }
    public TrainingConfig withCheckpointMinutes(double v) { return edit(b -> b.checkpointMinutes = v); }
    public TrainingConfig withInit(String v) { return edit(b -> b.init = v); }

    /** A copy with some fields changed; validated like any config. */
    public TrainingConfig edit(java.util.function.Consumer<Builder> change) {
        Builder b = new Builder(this);
        change.accept(b);
        return b.build();
    }

    /** Mutable field-by-field form of a config, for forms and command lines; {@link #build()} validates. */
    public static final class Builder {
        public String dataset;
        public String model;
        public String loss;
        public int epochs;
        public int batchSize;
        public int latentSize;
        public double learningRateG;
        public double learningRateD;
        public double beta1G;
        public double beta2G;
        public double beta1D;
        public double beta2D;
        public double labelSmoothing;
        public int dStepsPerGStep;
        public int snapshotEvery;
        public long seed;
        public int subset;
        public int iterations;
        public int metricsEvery;
        public int hiddenUnits;
        public double weightClip;
        public double checkpointMinutes;
        public String init;

        public Builder(TrainingConfig c) {
            dataset = c.dataset; model = c.model; loss = c.loss; epochs = c.epochs;
            batchSize = c.batchSize; latentSize = c.latentSize;
            learningRateG = c.learningRateG; learningRateD = c.learningRateD;
            beta1G = c.beta1G; beta2G = c.beta2G; beta1D = c.beta1D; beta2D = c.beta2D;
            labelSmoothing = c.labelSmoothing; dStepsPerGStep = c.dStepsPerGStep;
            snapshotEvery = c.snapshotEvery; seed = c.seed; subset = c.subset;
            iterations = c.iterations; metricsEvery = c.metricsEvery; hiddenUnits = c.hiddenUnits;
            weightClip = c.weightClip; checkpointMinutes = c.checkpointMinutes; init = c.init;
        }

        /** @throws IllegalArgumentException naming every invalid field */
        public TrainingConfig build() {
            return new TrainingConfig(dataset, model, loss, epochs, batchSize, latentSize,
                    learningRateG, learningRateD, beta1G, beta2G, beta1D, beta2D, labelSmoothing,
                    dStepsPerGStep, snapshotEvery, seed, subset, iterations, metricsEvery, hiddenUnits, weightClip,
                    checkpointMinutes, init);
        }
    }
}
