package org.ganlab.engine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ganlab.engine.Backend;
import org.ganlab.engine.checkpoint.CheckpointFile;
import org.ganlab.engine.checkpoint.SavedGenerator;
import org.ganlab.engine.export.dl4j.Dl4jExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ganlab export}: a saved run's generator for another library, so far DeepLearning4J.
 * Every bad input (no checkpoint, a folder or an unwritable place as the target, a model the
 * exporter cannot translate) is one line and exit code 2; an existing file is never half-replaced.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a saved run's generator as a DeepLearning4J MultiLayerNetwork zip "
                + "(ModelSerializer.restoreMultiLayerNetwork loads it; net.output(z) draws the same samples in inference mode). "
                + "Every model can be exported; the zip's README.txt describes the input, including the label of cgan, cdcgan and acgan.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--run", required = true, paramLabel = "RUN_DIR", description = "A run folder with a checkpoint.")
    Path run;
    @Option(names = "--dl4j", required = true, paramLabel = "ZIP", description = "The DL4J model file to write, e.g. G.zip.")
    Path dl4j;

    @Override
    public Integer call() throws Exception {
        OptionChecks.outputFile("--dl4j", dl4j, OptionChecks::isZip, "a zip file", "G.zip");
        Backend.initialize();
        SavedGenerator generator = load();
        String source = "run " + run.toAbsolutePath() + ", model " + generator.config().model() + " on "
                + generator.config().dataset() + ", iteration " + generator.iteration();
        Dl4jExport.Summary summary;
        try {
            summary = Dl4jExport.write(generator.model(), source, dl4j);
        } catch (IOException e) {
            throw new IllegalArgumentException("--dl4j: " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "wrote %s's generator (%s, iteration %d) as a DL4J MultiLayerNetwork to %s: %d layers, %d parameters, %.1f MB%n",
                run, generator.config().model(), generator.iteration(), dl4j, summary.layers(), summary.parameters(),
                summary.bytes() / 1e6);
        summary.readme().lines().filter(l -> l.startsWith("Input:") || l.startsWith("Output:")).forEach(out::println);
        return 0;
    }

    private SavedGenerator load() {
        try {
            return SavedGenerator.load(run);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("--run " + run + ": no " + CheckpointFile.FILE_NAME
                    + " in this folder (not a run folder, or the run has not finished an epoch yet)", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("--run " + run + ": " + e.getMessage(), e);
        }
    }
}
