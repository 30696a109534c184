package org.ganlab.engine.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.ganlab.engine.data.DatasetCatalog;
import org.ganlab.engine.loss.GanLoss;
import org.ganlab.engine.model.ModelCatalog;
import org.ganlab.engine.run.TrainingRun;
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

    /** Config field names in engine messages, as the options a CLI user typed. */
    private static final Map<String, String> OPTION_NAMES = Map.ofEntries(
            Map.entry("learningRateG", "--lr-g"), Map.entry("learningRateD", "--lr-d"),
            Map.entry("batchSize", "--batch"), Map.entry("epochs", "--epochs"),
            Map.entry("latentSize", "--latent"), Map.entry("beta1G", "--beta1-g"),
            Map.entry("beta2G", "--beta2-g"), Map.entry("beta1D", "--beta1-d"),
            Map.entry("beta2D", "--beta2-d"), Map.entry("labelSmoothing", "--label-smoothing"),
            Map.entry("dStepsPerGStep", "--d-steps"), Map.entry("snapshotEvery", "--snapshot-every"),
            Map.entry("subset", "--subset"));

    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", description = "Data set (default ${DEFAULT-VALUE}).", defaultValue = "mnist")
    String dataset;
    @Option(names = "--model", description = "Model: mlp or dcgan (default ${DEFAULT-VALUE}).", defaultValue = "mlp")
    String model;
    @Option(names = "--loss", description = "Loss: bce (non-saturating) or minimax (default ${DEFAULT-VALUE}).", defaultValue = "bce")
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
    @Option(names = "--out", description = "Run folder (default runs/<date>-<model>).")
    Path out;
    @Option(names = "--resume", paramLabel = "RUN_DIR", description = "Continue a saved run from its checkpoint (its config wins; --epochs may raise the total).")
    Path resume;

    @Override
    public Integer call() throws Exception {
        ProgressBar progress = new ProgressBar(spec.commandLine().getOut(), System.console() != null);
        CompletableFuture<TrainingEvent> end = new CompletableFuture<>();
        TrainingRun run = resume != null
                ? TrainingRun.continueFrom(resume, epochs, event -> onEvent(event, progress, end))
                : TrainingRun.start(config(), runFolder(), event -> onEvent(event, progress, end));
        Thread saveOnInterrupt = new Thread(() -> stopAndWait(run), "ganlab-save-on-exit");
        Runtime.getRuntime().addShutdownHook(saveOnInterrupt);
        TrainingEvent last = end.join();
        Runtime.getRuntime().removeShutdownHook(saveOnInterrupt);
        run.awaitTermination(Duration.ofSeconds(30));
        if (last instanceof TrainingEvent.RunFailed failed) {
            spec.commandLine().getErr().println("ganlab: " + failed.message());
            return 1;
        }
        return 0;
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
        requireKnown("data set", dataset, DatasetCatalog.knownNames());
        requireKnown("model", model, ModelCatalog.NAMES);
        requireKnown("loss", loss, GanLoss.NAMES);
        try {
            return new TrainingConfig(dataset, model, loss, epochs, batch, latent, lrG, lrD,
                    beta1G, beta2G, beta1D, beta2D, labelSmoothing, dSteps, snapshotEvery, seed, subset, 0, 0);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(asOptions(e.getMessage()), e);
        }
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

    private Path runFolder() {
        if (out != null) {
            return out;
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return Path.of("runs", stamp + "-" + dataset + "-" + model);
    }
}
