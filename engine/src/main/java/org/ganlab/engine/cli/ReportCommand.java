package org.ganlab.engine.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ganlab.engine.export.AtomicFiles;
import org.ganlab.engine.report.HtmlReport;
import org.ganlab.engine.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ganlab report}: one self-contained HTML page about a run, to hand in or mail: its
 * config, loss and D-output charts with the live changes marked, quality over time, the final
 * samples beside real images, the training GIF, the machine and the training time. Bad input
 * (not a run folder, an output that is a folder or cannot be written) is one line and exit code 2.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write one self-contained HTML report of a run folder (charts, samples, GIF, config, machine);"
                + " it opens offline in any browser and needs no JavaScript.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--run", required = true, paramLabel = "RUN_DIR", description = "The run folder to report on.")
    Path run;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The HTML file to write, e.g. report.html.")
    Path out;

    @Override
    public Integer call() {
        OptionChecks.outputFile("--out", out, OptionChecks::isHtml, "an HTML page", "report.html");
        long start = System.nanoTime();
        String html;
        try {
            html = HtmlReport.render(RunReport.read(run));
        } catch (IOException e) {
            throw new IllegalArgumentException("--run: " + e.getMessage(), e);
        }
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.write(out, stream -> stream.write(bytes));
        } catch (IOException e) {
            throw new IllegalArgumentException("--out: " + e.getMessage(), e);
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s (%.1f KB) for %s in %.2f s%n",
                out, bytes.length / 1024.0, run, (System.nanoTime() - start) / 1e9);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
