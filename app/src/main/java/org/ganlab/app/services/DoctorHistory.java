package org.ganlab.app.services;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.app.model.GradientNorm;
import org.ganlab.engine.diagnosis.Diagnosis;
import org.ganlab.engine.doctor.DiagnosisLog;

/**
 * What the training doctor left in a run folder: its diagnoses ({@code diagnoses.jsonl}) and the
 * gradient norms of {@code metrics.csv}. A run from before the doctor has neither, and shows none.
 * A damaged file does not stop the run from opening: {@link #problem()} says what was left out.
 *
 * @param problem one line for a person naming the file and what is wrong with it; empty when none
 */
public record DoctorHistory(List<Diagnosis> diagnoses, List<GradientNorm> norms, String problem) {

    public static final DoctorHistory NONE = new DoctorHistory(List.of(), List.of(), "");

    /** Reads both files of {@code dir}; blocks, so call it off the FX thread. */
    public static DoctorHistory read(Path dir) {
        List<String> problems = new ArrayList<>();
        List<Diagnosis> diagnoses = List.of();
        try {
            diagnoses = DiagnosisLog.read(dir);
        } catch (IOException | RuntimeException e) {
            String named = String.valueOf(e.getMessage()).contains(DiagnosisLog.FILE) ? e.getMessage()
                    : dir.resolve(DiagnosisLog.FILE) + ": " + e.getMessage();
            problems.add(named + " (diagnoses not shown)");
        }
        List<GradientNorm> norms = List.of();
        Path metrics = dir.resolve(RunFolderService.METRICS);
        try {
            norms = readNorms(metrics);
        } catch (IOException | RuntimeException e) {
            problems.add(metrics + ": " + e.getMessage() + " (gradient norms not shown)");
        }
        return new DoctorHistory(diagnoses, norms, String.join("; ", problems));
    }

    /** The grad_norm columns of every complete line; a half-written last line is skipped. */
    static List<GradientNorm> readNorms(Path metrics) throws IOException {
        List<GradientNorm> norms = new ArrayList<>();
        if (!Files.isRegularFile(metrics)) {
            return norms;
        }
        try (BufferedReader in = Files.newBufferedReader(metrics)) {
            String header = in.readLine();
            GradientNorm.Columns columns = header == null ? null : GradientNorm.Columns.of(header);
            if (columns == null || !columns.present()) {
                return norms;
            }
            String line;
            for (int n = 2; (line = in.readLine()) != null; n++) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    norms.add(columns.parse(line));
                } catch (IllegalArgumentException e) {
                    if (in.ready()) {
                        throw new IOException("line " + n + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        return norms;
    }
}
