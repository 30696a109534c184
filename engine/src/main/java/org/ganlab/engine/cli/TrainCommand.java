package org.ganlab.engine.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.ganlab.engine.checkpoint.SavedGenerator;
import org.ganlab.engine.data.DatasetCatalog;
import org.ganlab.engine.loss.GanLoss;
import org.ganlab.engine.model.ModelCatalog;
import org.ganlab.engine.run.TrainingRun;
import org.ganlab.engine.toy.ModeCoverage;
import org.ganlab.engine.toy.ToyDistribution;
import org.ganlab.engine.train.Defaults;
import org.ganlab.engine.train.Noise;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ganlab train}: a run with a progress bar, written to a run folder; Ctrl-C saves it. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a GAN and write its run folder (config, metrics, snapshots, GIF, checkpoint).")
final class TrainCommand implements Callable<Integer> {

    /** Config field names in engine messages, as the options a CLI user typed; one option per field. */
    static final Map<String, String> OPTION_NAMES = Map.ofEntries(
            Map.entry("dataset", "--dataset"), Map.entry("model", "--model"), Map.entry("loss", "--loss"),
            Map.entry("seed", "--seed"), Map.entry("checkpointMinutes", "--checkpoint-minutes"),
            Map.entry("learningRateG", "--lr-g"), Map.entry("learningRateD", "--lr-d"),
            Map.entry("batchSize", "--batch"), Map.entry("epochs", "--epochs"),
            Map.entry("latentSize", "--latent"), Map.entry("beta1G", "--beta1-g"),
            Map.entry("beta2G", "--beta2-g"), Map.entry("beta1D", "--beta1-d"),
            Map.entry("beta2D", "--beta2-d"), Map.entry("labelSmoothing", "--label-smoothing"),
            Map.entry("dStepsPerGStep", "--d-steps"), Map.entry("snapshotEvery", "--snapshot-every"),
            Map.entry("subset", "--subset"), Map.entry("iterations", "--iterations"),
            Map.entry("metricsEvery", "--metrics-every"),
            Map.entry("hiddenUnits", "--hidden"), Map.entry("weightClip", "--clip"), Map.entry("init", "--init"));

    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", description = "Data set: mnist, fashion-mnist, idx:DIR, images:DIR, or a 2-D toy set ring8, grid25, moons, spiral, points:FILE (default ${DEFAULT-VALUE}).", defaultValue = "mnist")
    String dataset;
    @Option(names = "--model", description = "Model: mlp, dcgan, cgan, cdcgan, acgan, or mlp2d for 2-D data (default ${DEFAULT-VALUE}).", defaultValue = "mlp")
    String model;
    @Option(names = "--loss", description = "Loss: bce (non-saturating), minimax, wgan, wgan-gp, lsgan or hinge (default ${DEFAULT-VALUE}).", defaultValue = "bce")
    String loss;
    @Option(names = "--epochs", description = "Passes over the data (default ${DEFAULT-VALUE}).", defaultValue = "5")
    int epochs;
    @Option(names = "--batch", description = "Images per mini-batch (default ${DEFAULT-VALUE}).", defaultValue = "128")
    int batch;
    @Option(names = "--latent", description = "Length of the noise vector z (default ${DEFAULT-VALUE}).", defaultValue = "100")
    int latent;
    @Option(names = "--lr-g", description = "Generator learning rate (default ${DEFAULT-VALUE}).", defaultValue = "2e-4")
    double lrG;
    @Option(names = "--lr-d", description = "Discriminator learning rate (default ${DEFAULT-VALUE}).", defaultValue = "2e-4")
    double lrD;
    @Option(names = "--beta1-g", defaultValue = "0.5", description = "Generator Adam beta1 (default ${DEFAULT-VALUE}).")
    double beta1G;
    @Option(names = "--beta2-g", defaultValue = "0.999", description = "Generator Adam beta2 (default ${DEFAULT-VALUE}).")
    double beta2G;
    @Option(names = "--beta1-d", defaultValue = "0.5", description = "Discriminator Adam beta1 (default ${DEFAULT-VALUE}).")
    double beta1D;
    @Option(names = "--beta2-d", defaultValue = "0.999", description = "Discriminator Adam beta2 (default ${DEFAULT-VALUE}).")
    double beta2D;
    @Option(names = "--label-smoothing", defaultValue = "0", description = "Real targets become 1 - s (default ${DEFAULT-VALUE}).")
    double labelSmoothing;
    @Option(names = "--d-steps", defaultValue = "1", description = "D steps per G step (default ${DEFAULT-VALUE}).")
    int dSteps;
    @Option(names = "--snapshot-every", defaultValue = "200", description = "Iterations between sample grids (default ${DEFAULT-VALUE}).")
    int snapshotEvery;
    @Option(names = "--seed", defaultValue = "42", description = "Seed for weights, data order and noise (default ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--subset", defaultValue = "0", description = "Train on the first N images only; 0 = all.")
    int subset;
    @Option(names = "--iterations", defaultValue = "0", description = "Train this many iterations instead of whole epochs (2-D toy data sets are endless).")
    int iterations;
    @Option(names = "--clip", defaultValue = "0", description = "WGAN's weight clipping bound c; 0 = the paper's 0.01 (a 2-D critic learns faster with 0.1).")
    double clip;
    @Option(names = "--hidden", defaultValue = "0", description = "Hidden layer width of mlp2d; 0 = its default.")
    int hidden;
    @Option(names = "--init", defaultValue = TrainingConfig.DEFAULT_INIT, description = "Initial weights: pytorch (PyTorch's layer defaults) or dcgan (the DCGAN paper's N(0, 0.02) weights, N(1, 0.02) BatchNorm scales) (default ${DEFAULT-VALUE}).")
    String init;
    @Option(names = "--metrics-every", defaultValue = "0", paramLabel = "E", description = "Every E epochs, score 2,000 samples (Frechet distance, class coverage, classifier score) into metrics.csv; 0 = never. MNIST-style data sets only.")
    int metricsEvery;
    @Option(names = "--checkpoint-minutes", defaultValue = "5", paramLabel = "MIN", description = "Also save a checkpoint every MIN minutes within an epoch, so a crash loses at most that much; 0 = only at epoch ends (default ${DEFAULT-VALUE}).")
    double checkpointMinutes;
    @Option(names = "--out", description = "Run folder (default runs/<date>-<model>).")
    Path out;
    @Option(names = "--resume", paramLabel = "RUN_DIR", description = "Continue a saved run from its checkpoint: its saved config holds unless you pass an option (e.g. --epochs to raise the total); the model, data set and other structure cannot change.")
    Path resume;

    @Override
    public Integer call() throws Exception {
        TrainingConfig start = resume == null ? startConfig() : null;
        checkPaths(start);
        ProgressBar progress = new ProgressBar(spec.commandLine().getOut(), System.console() != null);
        CompletableFuture<TrainingEvent> end = new CompletableFuture<>();
        TrainingRun run = resume != null
                ? TrainingRun.continueFrom(resume, this::resumeConfig, event -> onEvent(event, progress, end))
                : TrainingRun.start(start, runFolder(start.dataset()), event -> onEvent(event, progress, end));
        Thread saveOnInterrupt = new Thread(() -> stopAndWait(run), "ganlab-save-on-exit");
        Runtime.getRuntime().addShutdownHook(saveOnInterrupt);
        TrainingEvent last = end.join();
        Runtime.getRuntime().removeShutdownHook(saveOnInterrupt);
        run.awaitTermination(Duration.ofSeconds(30));
        if (last instanceof TrainingEvent.RunFailed failed) {
            spec.commandLine().getErr().println("ganlab: " + failed.message());
            return 1;
        }
        if (ToyDistribution.isToy(run.config().dataset())) {
            spec.commandLine().getOut().println(coverage(run.runDir(), run.config().dataset()).summary());
        }
        return 0;
    }

    /** The files and folders the options name, checked before anything starts (see {@link OptionChecks}). */
    private void checkPaths(TrainingConfig start) {
        if (resume != null) {
            OptionChecks.existingFolder("--resume", resume, "a run folder");
        } else {
            OptionChecks.dataset("--dataset", start.dataset());
            OptionChecks.newRunFolder("--out", runFolder(start.dataset()));
        }
    }

    /**
     * A new run's config: the options typed, the model's and the loss's defaults where none was
     * typed (see {@link Defaults}), then the options' own defaults; one line per source says what
     * it set.
     */
    private TrainingConfig startConfig() {
        TrainingConfig typed = config();
        Defaults.Result result = Defaults.apply(typed, typedFields());
        refuseIgnoredOptions(result.config());
        new DefaultsMessage(OPTION_NAMES).print(result, spec.commandLine().getOut());
        return result.config();
    }

    /** The config fields whose option is on the command line. */
    private java.util.Set<String> typedFields() {
        java.util.Set<String> typed = new java.util.HashSet<>();
        OPTION_NAMES.forEach((field, option) -> {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                typed.add(field);
            }
        });
        return typed;
    }

    /** Options that would silently do nothing with the chosen loss are refused, naming both. */
    private void refuseIgnoredOptions(TrainingConfig c) {
        if (spec.commandLine().getParseResult().hasMatchedOption("--label-smoothing")
                && !GanLoss.named(c.loss()).usesLabelSmoothing()) {
            throw new IllegalArgumentException("--label-smoothing has no effect with --loss " + c.loss()
                    + ": its discriminator scores images instead of classifying them as real (target 1) or fake,"
                    + " so there is no target to smooth; leave the option out");
        }
    }

    /** How many of a toy distribution's modes the saved generator covers, on 2,000 fresh points. */
    static ModeCoverage coverage(Path runDir, String dataset) throws java.io.IOException {
        SavedGenerator generator = SavedGenerator.load(runDir);
        int n = 2000;
        float[] points = generator.generate(Noise.gaussian(12345, n, generator.latentSize()), n).values();
        return ModeCoverage.measure(ToyDistribution.named(dataset), points);
    }

    private static void onEvent(TrainingEvent event, ProgressBar progress, CompletableFuture<TrainingEvent> end) {
        progress.onEvent(event);
        if (event.isTerminal()) {
            end.complete(event);
        }
    }

    private static void stopAndWait(TrainingRun run) {
        run.stop();
        try {
            run.awaitTermination(Duration.ofSeconds(20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    TrainingConfig config() {
        if (!ToyDistribution.isToy(dataset) && !dataset.contains(":")) {
            requireKnown("data set", dataset, knownDatasets());
        }
        requireKnown("model", model, ModelCatalog.NAMES);
        requireKnown("loss", loss, GanLoss.NAMES);
        try {
            return TrainingConfig.defaults().edit(b -> {
                b.dataset = dataset; b.model = model; b.loss = loss; b.epochs = epochs;
                b.batchSize = batch; b.latentSize = latent; b.learningRateG = lrG; b.learningRateD = lrD;
                b.beta1G = beta1G; b.beta2G = beta2G; b.beta1D = beta1D; b.beta2D = beta2D;
                b.labelSmoothing = labelSmoothing; b.dStepsPerGStep = dSteps; b.snapshotEvery = snapshotEvery;
                b.seed = seed; b.subset = subset; b.iterations = iterations; b.hiddenUnits = hidden;
                b.weightClip = clip;
                b.metricsEvery = metricsEvery;
                b.checkpointMinutes = checkpointMinutes;
                b.init = init;
            });
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(asOptions(e.getMessage()), e);
        }
    }

    /** On {@code --resume}: the saved config, changed only by the options given on the command line. */
    private TrainingConfig resumeConfig(TrainingConfig saved) {
        TrainingConfig result = new ResumeOptions(spec.commandLine().getParseResult(), OPTION_NAMES, resume).over(saved, config());
        refuseIgnoredOptions(result);
        return result;
    }

    private static java.util.List<String> knownDatasets() {
        java.util.List<String> names = new java.util.ArrayList<>(DatasetCatalog.knownNames());
        names.addAll(ToyDistribution.NAMES);
        return names;
    }

    private static void requireKnown(String what, String value, java.util.List<String> known) {
        if (!known.contains(value)) {
            throw new IllegalArgumentException("unknown " + what + " '" + value + "'; choose one of " + String.join(", ", known));
        }
    }

    private static String asOptions(String message) {
        String result = message;
        for (Map.Entry<String, String> e : OPTION_NAMES.entrySet()) {
            result = result.replaceAll("\\b" + e.getKey() + "\\b", e.getValue());
        }
        return result;
    }

    private Path runFolder(String dataset) {
        if (out != null) {
            return out;
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return Path.of("runs", stamp + "-" + dataset + "-" + model);
    }
}
