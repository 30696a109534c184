package org.ganlab.engine.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ganlab.engine.diagnosis.Diagnosis;

/**
 * How the CLI prints a diagnosis: one line of {@code key=value} pairs for people and grep
 * ({@code iteration=1190 kind=D_OVERPOWERS_G severity=WARNING end=ongoing evidence=d_real=0.99,...
 * summary="..." advice="..."}), or one JSON object for machines.
 */
final class DiagnosisLine {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DiagnosisLine() {
    }

    static String text(Diagnosis d) {
        return "iteration=" + d.startIteration() + " kind=" + d.kind() + " severity=" + d.severity()
                + " end=" + (d.ongoing() ? "ongoing" : Long.toString(d.endIteration()))
                + " evidence=" + d.evidenceText() + " summary=\"" + d.summary() + "\" advice=\"" + d.advice() + "\"";
    }

    static String json(Diagnosis d) {
        try {
            return JSON.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a diagnosis as JSON", e);
        }
    }
}
