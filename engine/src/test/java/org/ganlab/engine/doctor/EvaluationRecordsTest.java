package org.ganlab.engine.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.ganlab.engine.diagnosis.Diagnosis;
import org.ganlab.engine.diagnosis.DiagnosisKind;
import org.ganlab.engine.diagnosis.Severity;
import org.junit.jupiter.api.Test;

/**
 * The doctor's thresholds on the records of real runs from its evaluation set (test resources
 * {@code runs/eval-*}: config.json and the first rows of metrics.csv as the runs wrote them), so
 * that a change of thresholds that would miss them again, or raise a false alarm, fails here
 * without training anything.
 */
class EvaluationRecordsTest {

    private static List<Diagnosis> diagnosed(String run) throws Exception {
        Path dir = Path.of(EvaluationRecordsTest.class.getResource("/runs/" + run + "/config.json").toURI()).getParent();
        return RunReplay.diagnose(dir).diagnoses();
    }

    private static List<Diagnosis> warnings(List<Diagnosis> all) {
        return all.stream().filter(d -> d.severity() != Severity.INFO).toList();
    }

    @Test
    void anMlpWhoseDLearnsAHundredTimesFasterIsOverpoweredWithinFourHundredIterations() throws Exception {
        // Learning rate D 2e-3, G 2e-5: D(x) 0.95-0.99, D(G(z)) 0.11-0.27, G loss 1.9-4.4 throughout
        Diagnosis d = diagnosed("eval-mlp-lr-d-10x").stream().filter(x -> x.kind() == DiagnosisKind.D_OVERPOWERS_G)
                .findFirst().orElseThrow();
        assertTrue(d.startIteration() <= 400, "dated " + d.startIteration());
        assertTrue(d.evidence().get("d_real") - d.evidence().get("d_fake") >= 0.6, d.evidence().toString());
        assertTrue(d.advice().startsWith("lower Learning rate D"), d.advice());
    }

    @Test
    void healthyMlpAndDcganRunsAtTheirDefaultsGetNoWarning() throws Exception {
        assertEquals(List.of(), warnings(diagnosed("eval-mlp-healthy")));
        // the DCGAN's D starts far ahead (D(x) 0.99, D(G(z)) 0.01 at iteration 60) and G catches up
        assertEquals(List.of(), warnings(diagnosed("eval-dcgan-healthy")));
    }

    @Test
    void aWganCriticClippedAtTenIsADivergenceByItsExplodingGradient() throws Exception {
        Diagnosis d = diagnosed("eval-ring8-wgan-clip-10").stream().filter(x -> x.kind() == DiagnosisKind.DIVERGENCE)
                .findFirst().orElseThrow();
        assertTrue(d.startIteration() <= 700, "dated " + d.startIteration());
        assertTrue(d.evidence().get("ratio") > StepChecks.EXPLODED, d.evidence().toString());
        assertTrue(d.summary().startsWith("G's gradient norm"), d.summary());
    }
}
