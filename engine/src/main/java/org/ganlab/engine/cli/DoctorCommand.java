package org.ganlab.engine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ganlab.engine.diagnosis.Diagnosis;
import org.ganlab.engine.doctor.RunReplay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ganlab doctor --run RUN_DIR}: diagnoses a finished run from its folder by replaying its
 * metrics through the training doctor (older runs work too), one line per diagnosis, or with
 * {@code --json} one JSON object per line. A run with nothing wrong prints its HEALTHY verdict
 * instead (nothing with {@code --json}). Not a run folder, or no metrics: one line, exit code 2.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Diagnose a run folder: what went wrong in training, when, the evidence, and what to try.")
final class DoctorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--run", required = true, paramLabel = "RUN_DIR", description = "The run folder to diagnose.")
    Path run;
    @Option(names = "--json", description = "One JSON object per diagnosis and line, for scripts.")
    boolean json;

    @Override
    public Integer call() {
        RunReplay.Result result;
        try {
            result = RunReplay.diagnose(run);
        } catch (IOException e) {
            throw new IllegalArgumentException("--run: " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Diagnosis d : result.diagnoses()) {
            out.println(json ? DiagnosisLine.json(d) : DiagnosisLine.text(d));
        }
        if (result.diagnoses().isEmpty() && !json) {
            out.println(DiagnosisLine.text(result.verdict()));
        }
        out.flush();
        return 0;
    }
}
