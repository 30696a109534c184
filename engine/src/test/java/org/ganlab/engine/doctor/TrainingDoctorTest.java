package org.ganlab.engine.doctor;

import java.util.List;
import org.ganlab.engine.diagnosis.Diagnosis;
import org.ganlab.engine.diagnosis.DiagnosisKind;
import org.ganlab.engine.diagnosis.Severity;
import org.ganlab.engine.train.NonFiniteLossException;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The doctor on synthetic event streams: each kind starts when it should, and only then. */
class TrainingDoctorTest {

    @Test
    void aBalancedBceRunIsHealthyAndSaysWhatHealthyLooksLike() {
        EventStream run = EventStream.bce().healthy(200);
        for (int i = 0; i < 10; i++) {
            run.healthy(200).diversity(0.9);
            run.doctor.onEvent(new TrainingEvent.SamplesGenerated(run.iteration, 1, false, null));
        }
        assertEquals(List.of(), run.started());
        Diagnosis verdict = run.verdicts().get(run.verdicts().size() - 1);
        assertEquals(DiagnosisKind.HEALTHY, verdict.kind());
        assertTrue(verdict.summary().contains("ln 4 ≈ 1.39") && verdict.summary().contains("D(x) 0.5"), verdict.summary());
        assertEquals(1.386, verdict.evidence().get("d_loss"), 0.01);
    }

    @Test
    void dWinningOverAWindowIsDiagnosedWithItsNumbersAndAdvice() {
        EventStream run = EventStream.bce().healthy(400).overpowered(300);

        List<Diagnosis> started = run.started();
        assertEquals(1, started.size(), started.toString());
        Diagnosis d = started.get(0);
        assertEquals(DiagnosisKind.D_OVERPOWERS_G, d.kind());
        assertTrue(d.ongoing());
        // the 100-iteration window's gap D(x) − D(G(z)) passes 0.6 about 62 iterations in; dated from the first check that saw it
        assertTrue(d.startIteration() >= 460 && d.startIteration() <= 470, "onset " + d.startIteration());
        assertEquals(List.of("d_real", "d_fake", "g_loss", "d_loss"), List.copyOf(d.evidence().keySet()));
        assertEquals(0.99, d.evidence().get("d_real"), 0.01);
        assertTrue(d.advice().startsWith("lower Learning rate D to 5e-5 (now 2e-4)"), d.advice());
        assertEquals(DiagnosisKind.D_OVERPOWERS_G, run.verdicts().get(run.verdicts().size() - 1).kind());
    }

    @Test
    void aDiagnosisEndsOnlyAfterTheConditionHasBeenGoneForAWhile() {
        EventStream run = EventStream.bce().healthy(400).overpowered(300);
        // short relief and relapse: no flicker
        run.healthy(60).overpowered(100).healthy(60).overpowered(100);
        assertEquals(1, overpowering(run.started()).size());
        assertEquals(List.of(), overpowering(run.ended()));

        run.healthy(600);
        assertEquals(1, overpowering(run.ended()).size());
        Diagnosis ended = overpowering(run.ended()).get(0);
        assertEquals(overpowering(run.started()).get(0).startIteration(), ended.startIteration());
        assertTrue(ended.endIteration() > 1020 && ended.endIteration() < 1200, "end " + ended.endIteration());
        assertEquals(DiagnosisKind.HEALTHY, run.verdicts().get(run.verdicts().size() - 1).kind());
    }

    private static List<Diagnosis> overpowering(List<Diagnosis> diagnoses) {
        return diagnoses.stream().filter(d -> d.kind() == DiagnosisKind.D_OVERPOWERS_G).toList();
    }

    @Test
    void aDiagnosisSoonAfterALiveChangeBlamesIt() {
        EventStream run = EventStream.bce().healthy(1190);
        run.change(run.config().withLearningRateG(2e-3)).overpowered(400);

        Diagnosis d = run.started().stream().filter(x -> x.kind() == DiagnosisKind.D_OVERPOWERS_G).findFirst().orElseThrow();
        assertTrue(d.summary().endsWith("after Learning rate G 2e-4 → 2e-3 at iteration 1,190"), d.summary());
        assertTrue(d.advice().startsWith("set Learning rate G back to 2e-4; or "), d.advice());
    }

    @Test
    void aLossSpikeRightAfterAChangeIsADivergenceBlamedOnIt() {
        EventStream run = EventStream.bce().healthy(1000);
        run.change(run.config().withLearningRateD(5e-2)).steps(300, 9.0, 12.0, 0.5, 0.5, 1, 1);

        Diagnosis d = run.started().stream().filter(x -> x.kind() == DiagnosisKind.DIVERGENCE).findFirst().orElseThrow();
        assertEquals(Severity.CRITICAL, d.severity());
        assertTrue(d.startIteration() - 1000 < 200, "onset " + d.startIteration());
        assertTrue(d.summary().contains("after Learning rate D 2e-4 → 0.05 at iteration 1,000"), d.summary());
    }

    @Test
    void aWganCriticsWideGapIsNotReadAsDOverpoweringG() {
        EventStream run = new EventStream(TrainingConfig.defaults().withLoss("wgan-gp"));
        run.steps(1000, -8, 4, 5, -3, 1, 1);
        assertEquals(List.of(), run.started());
    }

    @Test
    void minimaxsGeneratorGradientVanishingAgainstItsEarlyLevel() {
        EventStream run = new EventStream(TrainingConfig.defaults().withLoss("minimax"));
        run.steps(400, 1.386, -0.69, 0.5, 0.5, 1, 2.0).steps(400, 1.386, -0.69, 0.5, 0.5, 1, 0.02);

        List<Diagnosis> started = run.started();
        assertEquals(List.of(DiagnosisKind.VANISHING_G_GRADIENT), started.stream().map(Diagnosis::kind).toList());
        assertEquals(2.0, started.get(0).evidence().get("early_grad_norm_g"), 0.05);
        assertTrue(started.get(0).advice().startsWith("try Loss bce (non-saturating)"), started.get(0).advice());
    }

    @Test
    void samplesLosingTheirDiversityAreAModeCollapse() {
        EventStream run = EventStream.bce();
        for (double ratio : new double[] {0.5, 0.8, 0.85, 0.15, 0.12, 0.1}) {
            run.healthy(200).diversity(ratio);
        }
        List<Diagnosis> started = run.started();
        assertEquals(List.of(DiagnosisKind.MODE_COLLAPSE), started.stream().map(Diagnosis::kind).toList());
        assertEquals(800, started.get(0).startIteration(), "dated from the first snapshot that showed it");
        assertEquals(0.12, started.get(0).evidence().get("diversity"), 1e-9, "the evidence when it was decided");
        assertEquals(0.85, started.get(0).evidence().get("peak_diversity"), 1e-9);
    }

    @Test
    void aNanLossIsADivergenceAtOnce() {
        EventStream run = EventStream.bce().healthy(300);
        String message = "D loss became NaN at iteration 301";
        run.doctor.onEvent(new TrainingEvent.RunFailed(301, message, new NonFiniteLossException(message)));

        Diagnosis d = run.started().get(0);
        assertEquals(DiagnosisKind.DIVERGENCE, d.kind());
        assertEquals(301, d.startIteration());
        assertEquals(message, d.summary());
        assertEquals(DiagnosisKind.DIVERGENCE, run.verdicts().get(run.verdicts().size() - 1).kind());
    }

    @Test
    void aFailureSetFromTheStartIsNamedOnceTheFirstWindowHasHeldIt() {
        EventStream run = EventStream.bce().overpowered(250);

        List<TrainingEvent.DiagnosisStarted> started = run.published.stream()
                .filter(e -> e instanceof TrainingEvent.DiagnosisStarted).map(e -> (TrainingEvent.DiagnosisStarted) e).toList();
        assertEquals(DiagnosisKind.D_OVERPOWERS_G, started.get(0).diagnosis().kind(), started.toString());
        assertEquals(110, started.get(0).diagnosis().startIteration(), "dated from the first check after the warm-up");
        assertEquals(210, started.get(0).iteration(), "named after the condition held 100 iterations");
    }

    @Test
    void nothingIsSaidDuringTheWarmUp() {
        EventStream run = EventStream.bce().overpowered((int) TrainingDoctor.WARMUP - 1);
        assertEquals(List.of(), run.started());
    }
}
