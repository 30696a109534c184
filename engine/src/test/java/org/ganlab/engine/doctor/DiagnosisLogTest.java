package org.ganlab.engine.doctor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.engine.diagnosis.Diagnosis;
import org.ganlab.engine.diagnosis.DiagnosisKind;
import org.ganlab.engine.diagnosis.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DiagnosisLogTest {

    @TempDir
    Path dir;

    private static Diagnosis overpowered(long start) {
        Map<String, Double> evidence = new LinkedHashMap<>();
        evidence.put("d_real", 0.99);
        evidence.put("d_fake", 0.01);
        evidence.put("g_loss", 6.25);
        return new Diagnosis(DiagnosisKind.D_OVERPOWERS_G, Severity.WARNING, start, -1, evidence,
                "D(x) 0.99 and D(G(z)) 0.01", "lower Learning rate D to 5e-5 (now 2e-4)");
    }

    @Test
    void aStartedAndEndedDiagnosisReadsBackAsItsLatestLineWithTheEvidenceInOrder() throws IOException {
        DiagnosisLog log = DiagnosisLog.in(dir);
        Diagnosis started = overpowered(500);
        log.append(started);
        log.append(started.endedAt(900));
        log.append(overpowered(1500));

        List<Diagnosis> read = DiagnosisLog.read(dir);
        assertEquals(List.of(started.endedAt(900), overpowered(1500)), read);
        assertEquals(List.of("d_real", "d_fake", "g_loss"), List.copyOf(read.get(0).evidence().keySet()));
        assertEquals(2, Files.readAllLines(dir.resolve(DiagnosisLog.FILE)).size() - 1, "one line per start and end");
    }

    @Test
    void aLastLineTornByACrashIsSkipped() throws IOException {
        DiagnosisLog.in(dir).append(overpowered(500));
        Files.writeString(dir.resolve(DiagnosisLog.FILE), "{\"kind\":\"MODE_COLL", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertEquals(List.of(overpowered(500)), DiagnosisLog.read(dir));
    }

    @Test
    void aRunWithoutTheFileHasNoDiagnoses() throws IOException {
        assertEquals(List.of(), DiagnosisLog.read(dir));
    }

    @Test
    void aDamagedWholeLineIsAnErrorNamingTheFileAndLine() throws IOException {
        DiagnosisLog.in(dir).append(overpowered(500));
        Files.writeString(dir.resolve(DiagnosisLog.FILE), "not json\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        DiagnosisLog.in(dir).append(overpowered(900));

        IOException e = assertThrows(IOException.class, () -> DiagnosisLog.read(dir));
        assertEquals(dir.resolve(DiagnosisLog.FILE) + " line 2: not a diagnosis", e.getMessage().replaceAll(" \\(.*", ""));
    }

    @Test
    void continuingARunDropsTheDiagnosesThatBeganAfterItsCheckpoint() throws IOException {
        DiagnosisLog log = DiagnosisLog.in(dir);
        log.append(overpowered(500));
        log.append(overpowered(1500));

        DiagnosisLog.continued(dir, 1000).append(overpowered(500).endedAt(1200));
        assertEquals(List.of(overpowered(500).endedAt(1200)), DiagnosisLog.read(dir));
    }

    @Test
    void nonFiniteEvidenceSurvivesTheRoundTrip() throws IOException {
        Diagnosis d = new Diagnosis(DiagnosisKind.DIVERGENCE, Severity.CRITICAL, 12, -1, Map.of("g_loss", Double.NaN),
                "G loss became NaN at iteration 12", "continue from the last checkpoint");
        DiagnosisLog.in(dir).append(d);
        assertEquals(Double.NaN, DiagnosisLog.read(dir).get(0).evidence().get("g_loss"));
    }
}
