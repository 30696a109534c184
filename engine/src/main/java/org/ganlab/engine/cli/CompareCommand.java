package org.ganlab.engine.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ganlab.engine.export.AtomicFiles;
import org.ganlab.engine.report.HtmlComparison;
import org.ganlab.engine.report.RunComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ganlab compare}: one self-contained HTML page comparing two to six runs: their curves
 * overlaid against the iteration and the training time, their samples side by side at the same
 * iterations, and the settings that differ. Bad input (too few or too many runs, a folder that is
 * not a run, a run named twice, an --out that would overwrite another file) is one line and exit
 * code 2, and writes nothing.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare 2 to 6 run folders in one self-contained HTML page (curves overlaid, samples side by"
                + " side, the settings that differ); it opens offline in any browser and needs no JavaScript.")
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RUN_DIR", description = "The run folders, 2 to 6.")
    List<Path> runs;
    @Option(names = "--out", paramLabel = "FILE", defaultValue = "compare.html",
            description = "The HTML file to write (default: ${DEFAULT-VALUE} in the current folder);"
                    + " an earlier comparison there is replaced, any other file is not.")
    Path out;

    @Override
    public Integer call() {
        OptionChecks.outputFile("--out", out, CompareCommand::isComparison, "a page ganlab compare wrote",
                "compare.html");
        long start = System.nanoTime();
        String html;
        try {
            html = HtmlComparison.render(RunComparison.read(runs));
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.write(out, stream -> stream.write(bytes));
        } catch (IOException e) {
            throw new IllegalArgumentException("--out: " + e.getMessage(), e);
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s (%.1f KB) comparing %d runs in %.2f s%n",
                out, bytes.length / 1024.0, runs.size(), (System.nanoTime() - start) / 1e9);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** A file this command wrote before: its head carries the page's generator tag. */
    private static boolean isComparison(Path file) {
        try (var in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(512), StandardCharsets.UTF_8);
            return head.contains(HtmlComparison.GENERATOR);
        } catch (IOException e) {
            return false;
        }
    }
}
