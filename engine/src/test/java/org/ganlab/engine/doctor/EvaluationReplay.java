package org.ganlab.engine.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.ganlab.engine.run.MetricsFile;
import org.ganlab.engine.run.RunFolder;
import org.ganlab.engine.train.TrainingEvent;

/**
 * Diagnoses an evaluation run's kept records again ({@link RunReplay}, as {@code ganlab doctor
 * --run} does) with the doctor as it is now, and measures the onset of a failure set from the
 * start from the records ({@link FailureOnset}). The cost columns are the ones the training
 * measured ({@link EvaluationFolder#COST}).
 */
final class EvaluationReplay {

    private EvaluationReplay() {
    }

    static DoctorEvaluation.Outcome replay(DoctorEvaluation.Case c, Path dir) throws IOException {
        MetricsFile table = MetricsFile.read(dir.resolve(RunFolder.METRICS));
        Map<String, Long> namedAt = new HashMap<>();
        RunReplay.Result result = RunReplay.diagnose(dir, event -> {
            if (event instanceof TrainingEvent.DiagnosisStarted s) {
                namedAt.put(DoctorEvaluation.Outcome.key(s.diagnosis()), s.iteration());
            }
        });
        long shown = c.expected().isEmpty() ? -1 : FailureOnset.of(table, c.expected(), LossFamily.of(c.config().loss()));
        // a live change is the onset of what follows it, if its records show a failure at all
        long onset = c.expected().isEmpty() ? c.onset() : c.change() != null && shown >= 0 ? c.onset() : shown;
        long steps = table.lastIteration();
        double nanos = 0;
        double stepMillis = Double.NaN;
        Path cost = dir.resolve(EvaluationFolder.COST);
        if (Files.exists(cost)) {
            String[] f = Files.readString(cost).trim().split(" ");
            nanos = Double.parseDouble(f[0]);
            stepMillis = Double.parseDouble(f[1]);
        }
        String end = steps < c.iterations() ? "stopped at " + steps : "finished";
        return new DoctorEvaluation.Outcome(c, result.diagnoses(), namedAt, (long) (nanos * steps), steps, stepMillis, onset, end);
    }
}
