package org.ganlab.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganlab.engine.run.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ganlab doctor --run} on a stored run folder (test resources {@code runs/lr-g-raised}: an
 * older metrics.csv without the doctor's columns, D winning from about iteration 400 after
 * Learning rate G went from 2e-4 to 2e-3 at iteration 390).
 */
class DoctorCommandTest {

    private final CliRunner cli = new CliRunner();

    @TempDir
    Path dir;

    private static Path storedRun() throws Exception {
        return Path.of(DoctorCommandTest.class.getResource("/runs/lr-g-raised/config.json").toURI()).getParent();
    }

    @Test
    void aStoredRunGetsOneLinePerDiagnosisWithEvidenceAndAdviceBlamingTheChange() throws Exception {
        assertEquals(0, cli.run("doctor", "--run", storedRun().toString()), cli.err());

        List<String> lines = cli.out().lines().toList();
        String overpowered = lines.stream().filter(l -> l.contains("kind=D_OVERPOWERS_G")).findFirst().orElseThrow(
                () -> new AssertionError(cli.out()));
        assertTrue(overpowered.matches("iteration=(4\\d\\d|500) kind=D_OVERPOWERS_G severity=WARNING end=ongoing "
                + "evidence=d_real=0\\.9\\d*,d_fake=0\\.0\\d+,g_loss=6\\.\\d+,d_loss=0\\.0\\d* summary=\".*\" advice=\".*\""), overpowered);
        assertTrue(overpowered.contains("after Learning rate G 2e-4 → 2e-3 at iteration 390\""), overpowered);
        assertTrue(overpowered.contains("advice=\"set Learning rate G back to 2e-4; or lower Learning rate D"), overpowered);
        assertTrue(lines.stream().allMatch(l -> l.startsWith("iteration=")), cli.out());
    }

    @Test
    void jsonGivesOneObjectPerDiagnosis() throws Exception {
        assertEquals(0, cli.run("doctor", "--run", storedRun().toString(), "--json"), cli.err());

        ObjectMapper json = new ObjectMapper();
        List<JsonNode> objects = cli.out().lines().map(l -> {
            try {
                return json.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        JsonNode overpowered = objects.stream().filter(o -> o.get("kind").asText().equals("D_OVERPOWERS_G")).findFirst().orElseThrow();
        assertEquals(-1, overpowered.get("endIteration").asLong());
        assertEquals(0.99, overpowered.get("evidence").get("d_real").asDouble(), 0.02);
    }

    @Test
    void aHealthyRunPrintsItsVerdict() throws Exception {
        Path run = Files.createDirectories(dir.resolve("healthy"));
        Files.copy(storedRun().resolve(RunFolder.CONFIG), run.resolve(RunFolder.CONFIG));
        StringBuilder csv = new StringBuilder(RunFolder.METRICS_HEADER).append('\n');
        for (int i = 1; i <= 600; i++) {
            csv.append(i).append(",1,").append(i % 2 == 0 ? "1.37,0.70,0.51,0.49" : "1.40,0.68,0.49,0.50").append(",10\n");
        }
        Files.writeString(run.resolve(RunFolder.METRICS), csv);

        assertEquals(0, cli.run("doctor", "--run", run.toString()), cli.err());
        assertTrue(cli.out().startsWith("iteration=1 kind=HEALTHY severity=INFO end=ongoing evidence=d_loss=1.39"), cli.out());
        assertTrue(cli.out().contains("D loss near ln 4 ≈ 1.39 and D outputs near 0.5 are the equilibrium"), cli.out());
        assertEquals(1, cli.out().lines().count());
    }

    @Test
    void trainPrintsEachDiagnosisAsOneLineWhenItStarts() throws Exception {
        Path out = dir.resolve("overpowered");
        assertEquals(0, cli.run("train", "--dataset", "ring8", "--model", "mlp2d", "--hidden", "32", "--latent", "2",
                "--batch", "64", "--lr-d", "1e-2", "--lr-g", "1e-5", "--iterations", "500", "--snapshot-every", "100",
                "--checkpoint-minutes", "0", "--out", out.toString()), cli.err());

        List<String> doctor = cli.out().lines().filter(l -> l.startsWith("doctor: ")).toList();
        assertTrue(doctor.stream().anyMatch(l -> l.matches("doctor: iteration=\\d+ kind=D_OVERPOWERS_G severity=WARNING .*advice=\".*Learning rate D.*\"")),
                cli.out());
        assertEquals(doctor.size(), doctor.stream().distinct().count(), "each diagnosis once");
    }

    @Test
    void aFolderThatIsNotARunIsNamed() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(2, cli.run("doctor", "--run", empty.toString()));
        assertEquals("ganlab: --run: " + empty + " is not a run folder: it has no config.json", cli.err().trim());
    }

    @Test
    void aRunWithoutMetricsRowsIsNamed() throws Exception {
        Path run = Files.createDirectories(dir.resolve("fresh"));
        Files.copy(storedRun().resolve(RunFolder.CONFIG), run.resolve(RunFolder.CONFIG));
        Files.writeString(run.resolve(RunFolder.METRICS), RunFolder.METRICS_HEADER + "\n");

        assertEquals(2, cli.run("doctor", "--run", run.toString()));
        assertEquals("ganlab: --run: " + run.resolve(RunFolder.METRICS)
                + " has no rows: the run stopped before its first iteration", cli.err().trim());
    }
}
