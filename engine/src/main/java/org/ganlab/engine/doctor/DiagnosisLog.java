package org.ganlab.engine.doctor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.engine.diagnosis.Diagnosis;
import org.ganlab.engine.export.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's {@code diagnoses.jsonl}: one JSON object per line, one line each time a diagnosis
 * starts and again when it ends (then with its end iteration), so the app shows a reopened run's
 * diagnoses again. Each line is appended with a single write, so a crash loses at most the line
 * being written; {@link #read} skips such a torn last line and keeps the latest line of each
 * diagnosis. Writing never stops training: a failed write is logged.
 */
public final class DiagnosisLog {

    public static final String FILE = "diagnoses.jsonl";
    private static final Logger LOG = LoggerFactory.getLogger(DiagnosisLog.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;

    private DiagnosisLog(Path file) {
        this.file = file;
    }

    /** The log of a run in {@code runDir}; the file appears with the first diagnosis. */
    public static DiagnosisLog in(Path runDir) {
        return new DiagnosisLog(runDir.resolve(FILE));
    }

    /**
     * The log of a run continued from its checkpoint at {@code iteration}: diagnoses that began
     * after it are dropped (as the metrics after it are), the others kept as last written.
     */
    public static DiagnosisLog continued(Path runDir, long iteration) throws IOException {
        Path file = runDir.resolve(FILE);
        if (Files.exists(file)) {
            StringBuilder kept = new StringBuilder();
            for (Diagnosis d : read(runDir)) {
                if (d.startIteration() <= iteration) {
                    kept.append(line(d));
                }
            }
            AtomicFiles.write(file, out -> out.write(kept.toString().getBytes(StandardCharsets.UTF_8)));
        }
        return new DiagnosisLog(file);
    }

    /** A log that keeps nothing (for the doctor outside a run, e.g. replaying one). */
    public static DiagnosisLog none() {
        return new DiagnosisLog(null);
    }

    /** Appends the diagnosis as one line. */
    public void append(Diagnosis d) {
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file, line(d), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warn("Could not record the diagnosis {} in {}: {}", d.kind(), file, e.getMessage());
        }
    }

    private static String line(Diagnosis d) {
        try {
            return MAPPER.writeValueAsString(d) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a diagnosis as JSON", e);
        }
    }

    /**
     * The diagnoses recorded in {@code runDir} in the order they began, each as its latest line
     * says (ended ones with their end iteration); none when there is no file. A last line
     * without its newline (torn by a crash) is skipped.
     *
     * @throws IOException naming the file and line when a whole line is not a diagnosis
     */
    public static List<Diagnosis> read(Path runDir) throws IOException {
        Path file = runDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
        Map<String, Diagnosis> latest = new LinkedHashMap<>();
        // the element after the last newline is "" for a whole file, else the torn line
        for (int i = 0; i < lines.length - 1; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Diagnosis d;
            try {
                d = MAPPER.readValue(lines[i], Diagnosis.class);
            } catch (JsonProcessingException e) {
                throw new IOException(file + " line " + (i + 1) + ": not a diagnosis (" + e.getOriginalMessage() + ")", e);
            }
            latest.put(d.kind() + "@" + d.startIteration(), d);
        }
        return new ArrayList<>(latest.values());
    }
}
