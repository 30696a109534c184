package org.ganlab.engine.doctor;

import org.ganlab.engine.diagnosis.Numbers;
import org.ganlab.engine.loss.Equilibrium;

/**
 * The doctor's thresholds for one family of losses. D's outputs mean different things per family:
 * a probability for BCE and minimax (sigmoid of the logit), a score aimed at 1 and 0 for LSGAN, a
 * margin score aimed past ±1 for hinge, and an unbounded critic score for WGAN and WGAN-GP, which
 * is not a probability: a wide real–fake gap is what a critic is for, so only its blow-up counts.
 *
 * <p>"D overpowers G" is read from the gap between D's mean outputs on real and fake
 * ({@code overpowerGap}) together with G's loss above {@code overpowerGLoss}. Where a balanced
 * game sits is the loss's {@link Equilibrium} (the same values the app's charts draw).
 */
enum LossFamily {
    /**
     * Non-saturating BCE: G minimises −log D(G(z)). The evaluation's healthy MNIST and 2-D runs
     * kept D(x) − D(G(z)) ≤ 0.4 and G loss ≤ 1.8 (a DCGAN's larger early lead shrinks, which the
     * check allows); D winning showed as a gap of 0.6–0.9 with G loss 2–4.
     */
    BCE(0.6, 2.0),
    /**
     * The original minimax: G minimises log(1 − D(G(z))), 0 when D wins; −0.25 is D(G(z)) ≈ 0.2 as
     * for BCE. The healthy MNIST minimax run led by up to 0.58: the margin to 0.6 is thin.
     */
    MINIMAX(0.6, -0.25),
    /**
     * Least squares on scores aimed at 1 (real) and 0 (fake). The evaluation's healthy MNIST
     * LSGAN run kept a gap of 0.6–0.77 with G loss 0.45–0.56 while its samples improved, so only a
     * gap of 0.9 (real ≈ 0.95, fake ≈ 0.05) with G loss 0.4 counts.
     */
    LSGAN(0.9, 0.4),
    /**
     * Hinge: D wants real scores ≥ 1 and fake ≤ −1; D loss 2 at balance, 0 once D wins every
     * margin. Scores past the margins are normal: the evaluation's healthy MNIST hinge run kept a
     * real–fake gap of up to 2.4 with G loss 1.8, so only a gap of 3 (both ±1.5 past) with G loss 2 counts.
     */
    HINGE(3.0, 2.0),
    /** WGAN and WGAN-GP critics: scores are unbounded; D overpowering is not read from them. */
    CRITIC(Double.NaN, Double.NaN);

    final double overpowerGap;
    final double overpowerGLoss;

    LossFamily(double overpowerGap, double overpowerGLoss) {
        this.overpowerGap = overpowerGap;
        this.overpowerGLoss = overpowerGLoss;
    }

    /** The family of a loss name as configs spell it ({@code bce}, {@code wgan-gp}, ...). */
    static LossFamily of(String loss) {
        return switch (loss) {
            case "minimax" -> MINIMAX;
            case "lsgan" -> LSGAN;
            case "hinge" -> HINGE;
            case "wgan", "wgan-gp" -> CRITIC;
            default -> BCE;
        };
    }

    /** True when D's outputs are probabilities (BCE and minimax), where 0.5 means "cannot tell". */
    boolean probabilities() {
        return this == BCE || this == MINIMAX;
    }

    /** True when the family has an "overpowers" reading at all (critics do not). */
    boolean readsOverpowering() {
        return this != CRITIC;
    }

    /**
     * D overpowers G when its mean outputs on real and fake are at least {@code overpowerGap} apart
     * (a gap, not two bounds: D(x) 0.97 with D(G(z)) 0.3 is D winning as much as 0.85 with 0.2)
     * and G's loss is past {@code overpowerGLoss}.
     */
    boolean overpowered(double dReal, double dFake, double gLoss) {
        return readsOverpowering() && dReal - dFake >= overpowerGap && gLoss >= overpowerGLoss;
    }

    /** What a healthy run of this family looks like, for the HEALTHY verdict, at the loss's {@link Equilibrium}. */
    String healthyLooksLike(Equilibrium e) {
        return switch (this) {
            case BCE, MINIMAX -> "D loss near " + dLossText(e.dLoss()) + " and D outputs near " + Numbers.compact(e.output())
                    + " are the equilibrium";
            case LSGAN -> "D loss near " + Numbers.compact(e.dLoss()) + " and D scores near " + Numbers.compact(e.output())
                    + " are the equilibrium";
            case HINGE -> "D loss near 2 and D scores anywhere in [-1, 1] are the equilibrium";
            case CRITIC -> "a critic loss that is negative and shrinks in size as G improves; scores are not probabilities";
        };
    }

    private static String dLossText(double dLoss) {
        return Math.abs(dLoss - Math.log(4)) < 1e-9 ? "ln 4 ≈ 1.39" : Numbers.compact(dLoss);
    }
}
