package org.ganlab.engine.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ganlab.engine.Backend;
import org.ganlab.engine.checkpoint.SavedGenerator;
import org.ganlab.engine.data.DatasetCatalog;
import org.ganlab.engine.data.IdxImages;
import org.ganlab.engine.data.IdxReader;
import org.ganlab.engine.data.ImageDataset;
import org.ganlab.engine.metrics.QualityMetrics;
import org.ganlab.engine.metrics.QualityReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ganlab metrics}: scores samples against a data set's test split and prints one line,
 * {@code fid=X coverage=K/10 score=Y ...} (see {@link QualityReport#line()}).
 */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = {"Score generated images: Frechet distance on a domain classifier's features (like FID),"
                + " class coverage and a classifier score (like the Inception Score), against the data set's test split.",
                "The first use per data set trains its classifier (about a minute) and caches it in ~/.ganlab/classifiers."})
final class MetricsCommand implements Callable<Integer> {

    /** The size of MNIST's training set; the scored samples are held in memory together. */
    static final int MAX_COUNT = 60_000;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--run", paramLabel = "RUN_DIR", description = "Sample a saved run's generator (its data set is the reference).")
        Path run;
        @Option(names = "--samples", paramLabel = "FILE", description = "An IDX3 file of samples, as 'ganlab generate' writes; needs --dataset.")
        Path samples;
    }

    @Option(names = "--dataset", paramLabel = "D", description = "Reference data set: mnist, fashion-mnist, kmnist or idx:DIR (default: the run's).")
    String dataset;
    @Option(names = "--count", defaultValue = "" + QualityMetrics.DEFAULT_SAMPLES, description = "Samples to draw with --run (default ${DEFAULT-VALUE}).")
    int count;
    @Option(names = "--seed", defaultValue = "1", description = "Noise seed for --run (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        checkOptions();
        Backend.initialize();
        QualityReport report = source.run != null ? scoreRun() : scoreSamples();
        spec.commandLine().getOut().println(report.line());
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Counts and paths, before the slow start (see {@link OptionChecks}). */
    private void checkOptions() {
        if (count < 2) {
            throw new IllegalArgumentException("--count must be at least 2 (was " + count + ")");
        }
        OptionChecks.count("--count", count, MAX_COUNT, "samples (they are scored all at once)");
        if (source.run != null) {
            OptionChecks.existingFolder("--run", source.run, "a run folder");
        } else if (dataset == null) {
            throw new IllegalArgumentException("--samples needs --dataset to say what the samples should look like");
        } else {
            OptionChecks.existingFile("--samples", source.samples, "an IDX file of samples");
        }
    }

    private QualityReport scoreRun() throws Exception {
        SavedGenerator generator = SavedGenerator.load(source.run);
        String reference = dataset != null ? dataset : generator.config().dataset();
        QualityMetrics metrics = QualityMetrics.forDataset(reference, DatasetCatalog.defaultAssetsDir());
        return metrics.evaluate(generator::generate, generator.latentSize(), generator.classCount(), count, seed);
    }

    private QualityReport scoreSamples() throws Exception {
        DatasetCatalog.checkName(dataset);
        IdxImages images = IdxReader.readImages(source.samples);
        ImageDataset samples = new ImageDataset(source.samples.getFileName().toString(), images.count(), 1,
                images.rows(), images.cols(), images.pixels(), null, 0);
        return QualityMetrics.forDataset(dataset, DatasetCatalog.defaultAssetsDir()).evaluate(samples);
    }
}
