package org.ganlab.engine.doctor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.ganlab.engine.diagnosis.DiagnosisKind;
import org.ganlab.engine.diagnosis.Numbers;
import org.ganlab.engine.diagnosis.Severity;
import org.ganlab.engine.loss.Equilibrium;
import org.ganlab.engine.train.TrainingConfig;

/**
 * The checks the doctor runs on the step stream's windows, one method per kind. Each returns a
 * {@link Finding} while its condition holds and null otherwise; none reads anything but the
 * windows, the loss family's thresholds and the current config (for the advice).
 */
final class StepChecks {

    /** G's gradient has vanished below this share of its early level. */
    static final double VANISHED = 0.1;
    /**
     * D's lead shrinking by more than this over 100 iterations is G catching up, not D
     * overpowering it (the evaluation's healthy DCGAN: 0.78 → 0.62 between iterations 100 and 300).
     */
    static final double CATCHING_UP = 0.05;
    /** G's gradient has exploded past this multiple of its early level. */
    static final double EXPLODED = 5;
    /** G's loss must change direction this many times in 8 blocks (of at most 6) to count as swinging. */
    static final int SWINGS = 3;

    private StepChecks() {
    }

    static Finding dOverpowers(StepSignals s, LossFamily f, TrainingConfig c) {
        // a lead that shrinks is G catching up, as a healthy DCGAN does after D's fast start
        if (!s.dReal.full() || !s.gLoss.full() || !f.overpowered(s.dReal.mean(), s.dFake.mean(), s.gLoss.mean())
                || s.gapTrend() < -CATCHING_UP) {
            return null;
        }
        Map<String, Double> e = evidence("d_real", s.dReal.mean(), "d_fake", s.dFake.mean(), "g_loss", s.gLoss.mean());
        e.put("d_loss", s.dLoss.mean());
        double balanced = Equilibrium.of(c.loss(), c.labelSmoothing()).gLoss();
        Supplier<String> summary = () -> String.format("D(x) %s and D(G(z)) %s over the last %d iterations, G loss %s%s",
                Numbers.compact(s.dReal.mean()), Numbers.compact(s.dFake.mean()), StepSignals.WINDOW,
                Numbers.compact(s.gLoss.mean()), Double.isFinite(balanced) ? " (balanced: " + Numbers.compact(balanced) + ")" : "");
        return new Finding(DiagnosisKind.D_OVERPOWERS_G, Severity.WARNING, e, summary, () -> Advice.dOverpowers(c));
    }

    static Finding vanishingGradient(StepSignals s, LossFamily f, TrainingConfig c) {
        double early = s.earlyGradNormG();
        double now = s.gradNormG.mean();
        if (!(early > 0) || !s.gradNormG.full() || !(now < VANISHED * early)) {
            return null;
        }
        Map<String, Double> e = evidence("grad_norm_g", now, "early_grad_norm_g", early, "ratio", now / early);
        Supplier<String> summary = () -> String.format("G's gradient norm %s is %s%% of its early level %s",
                Numbers.compact(now), Numbers.compact(100 * now / early), Numbers.compact(early));
        return new Finding(DiagnosisKind.VANISHING_G_GRADIENT, Severity.WARNING, e, summary, () -> Advice.vanishingGradient(c, f));
    }

    static Finding oscillation(StepSignals s, LossFamily f, TrainingConfig c) {
        Window blocks = s.gLossBlocks;
        if (!blocks.full()) {
            return null;
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int i = 0; i < blocks.count(); i++) {
            min = Math.min(min, blocks.get(i));
            max = Math.max(max, blocks.get(i));
        }
        double swing = max - min;
        int turns = turns(blocks, swing / 4);
        if (turns < SWINGS || swing < swingThreshold(f, blocks.mean())) {
            return null;
        }
        Map<String, Double> e = evidence("g_loss_swing", swing, "turns", turns, "g_loss", blocks.mean());
        Supplier<String> summary = () -> String.format("G loss swings by %s around %s, changing direction %d times in %d iterations",
                Numbers.compact(swing), Numbers.compact(blocks.mean()), turns, StepSignals.BLOCK * StepSignals.BLOCKS);
        return new Finding(DiagnosisKind.OSCILLATION, Severity.WARNING, e, summary, () -> Advice.oscillation(c));
    }

    /**
     * Direction changes between the moves from block to block that are larger than {@code least}:
     * noise between similar blocks does not count, and a single jump is one move, not a swing.
     */
    static int turns(Window blocks, double least) {
        int turns = 0;
        double lastMove = 0;
        for (int i = 1; i < blocks.count(); i++) {
            double move = blocks.get(i) - blocks.get(i - 1);
            if (Math.abs(move) < least) {
                continue;
            }
            if (lastMove != 0 && Math.signum(move) != Math.signum(lastMove)) {
                turns++;
            }
            lastMove = move;
        }
        return turns;
    }

    /** How far G's loss must swing (between block means) to be more than noise. */
    static double swingThreshold(LossFamily f, double level) {
        return switch (f) {
            case BCE, MINIMAX -> 1.5;
            case LSGAN -> 0.25;
            case HINGE -> 1.5; // the evaluation's healthy 2-D hinge run swung by 1.0 between blocks
            case CRITIC -> Math.max(1.0, Math.abs(level));
        };
    }

    /**
     * A loss or D's outputs far beyond anything a working run reaches: for the non-saturating BCE
     * a mean G loss over 5 nats while D's mean outputs are close (D's outputs swing between
     * certainties; healthy runs stay under 2 nats), or over 20 nats,
     * for minimax and hinge losses over 20, for critics scores over 1,000 or a loss a hundred
     * times its early size.
     */
    static Finding blowUp(StepSignals s, LossFamily f, TrainingConfig c) {
        if (!s.dLoss.full()) {
            return null;
        }
        double g = Math.abs(s.gLoss.mean());
        double d = Math.abs(s.dLoss.mean());
        double scores = Math.max(Math.abs(s.dReal.mean()), Math.abs(s.dFake.mean()));
        boolean blown = switch (f) {
            case CRITIC -> scores > 1000 || d > 100 * s.earlyDLossSize() + 10;
            case LSGAN -> g > 5 || d > 5;
            // with D's outputs far apart that is D winning (D_OVERPOWERS_G), not a blow-up
            case BCE -> g > 5 && s.dReal.mean() - s.dFake.mean() < f.overpowerGap || g > 20 || d > 20;
            default -> g > 20 || d > 20;
        };
        if (!blown) {
            return null;
        }
        Map<String, Double> e = evidence("d_loss", s.dLoss.mean(), "g_loss", s.gLoss.mean(), "d_real", s.dReal.mean());
        e.put("d_fake", s.dFake.mean());
        Supplier<String> summary = () -> String.format("losses blew up: D loss %s, G loss %s, D(x) %s, D(G(z)) %s",
                Numbers.compact(s.dLoss.mean()), Numbers.compact(s.gLoss.mean()),
                Numbers.compact(s.dReal.mean()), Numbers.compact(s.dFake.mean()));
        return new Finding(DiagnosisKind.DIVERGENCE, Severity.CRITICAL, e, summary, () -> Advice.divergence(c));
    }

    /**
     * G's gradient norm grown to {@value #EXPLODED} times its early level: a learning rate or a
     * weight clip far too large makes the updates feed on themselves before the losses show it
     * (the evaluation's healthy runs stayed below 3.3×, its WGAN with clip 10 passed 5× at
     * iteration 560).
     */
    static Finding explodingGradient(StepSignals s, TrainingConfig c) {
        double early = s.earlyGradNormG();
        double now = s.gradNormG.mean();
        if (!(early > 0) || !s.gradNormG.full() || !(now > EXPLODED * early)) {
            return null;
        }
        Map<String, Double> e = evidence("grad_norm_g", now, "early_grad_norm_g", early, "ratio", now / early);
        Supplier<String> summary = () -> String.format("G's gradient norm %s has grown to %s× its early level %s",
                Numbers.compact(now), Numbers.compact(now / early), Numbers.compact(early));
        return new Finding(DiagnosisKind.DIVERGENCE, Severity.WARNING, e, summary, () -> Advice.divergence(c));
    }

    /**
     * A loss that jumped after a live change: G's or D's windowed loss moved from its level just
     * before the change by more than the family's spike size (3 nats for probability losses).
     */
    static Finding spike(StepSignals s, LossFamily f, TrainingConfig c, double gBefore, double dBefore) {
        if (!Double.isFinite(gBefore) || !Double.isFinite(dBefore)) {
            return null;
        }
        double jumpG = Math.abs(s.gLoss.mean() - gBefore);
        double jumpD = Math.abs(s.dLoss.mean() - dBefore);
        double size = switch (f) {
            case LSGAN -> 1.0;
            case CRITIC -> 10 * Math.max(1, Math.max(Math.abs(gBefore), Math.abs(dBefore)));
            default -> 3.0;
        };
        if (Math.max(jumpG, jumpD) < size) {
            return null;
        }
        Map<String, Double> e = evidence("g_loss", s.gLoss.mean(), "g_loss_before", gBefore, "d_loss", s.dLoss.mean());
        e.put("d_loss_before", dBefore);
        Supplier<String> summary = () -> String.format("G loss %s → %s and D loss %s → %s",
                Numbers.compact(gBefore), Numbers.compact(s.gLoss.mean()), Numbers.compact(dBefore), Numbers.compact(s.dLoss.mean()));
        return new Finding(DiagnosisKind.DIVERGENCE, Severity.CRITICAL, e, summary, () -> Advice.divergence(c));
    }

    static Map<String, Double> evidence(String k1, double v1, String k2, double v2, String k3, double v3) {
        Map<String, Double> e = new LinkedHashMap<>();
        e.put(k1, v1);
        e.put(k2, v2);
        e.put(k3, v3);
        return e;
    }
}
