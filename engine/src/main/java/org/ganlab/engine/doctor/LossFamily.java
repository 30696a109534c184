package org.ganlab.engine.doctor;

/**
 * The doctor's thresholds for one family of losses. D's outputs mean different things per family:
 * a probability for BCE and minimax (sigmoid of the logit), a score aimed at 1 and 0 for LSGAN, a
 * margin score aimed past ±1 for hinge, and an unbounded critic score for WGAN and WGAN-GP, which
 * is not a probability: a wide real–fake gap is what a critic is for, so only its blow-up counts.
 *
 * <p>"D overpowers G" is read from D's mean outputs on real and fake ({@code overpowerReal},
 * {@code overpowerFake}) together with G's loss above {@code overpowerGLoss}. The equilibrium
 * values are where a balanced game sits, shown as "what healthy looks like".
 */
enum LossFamily {
    /** Non-saturating BCE: G minimises −log D(G(z)), ln 2 at the equilibrium. */
    BCE(2 * Math.log(2), Math.log(2), 0.5, 0.5, 0.95, 0.05, 3.0),
    /** The original minimax: G minimises log(1 − D(G(z))), −ln 2 at the equilibrium, 0 when D wins. */
    MINIMAX(2 * Math.log(2), -Math.log(2), 0.5, 0.5, 0.95, 0.05, -0.05),
    /** Least squares on scores aimed at 1 (real) and 0 (fake); D loss ½(0.5−1)² + ½(0.5)² = 0.25 at balance. */
    LSGAN(0.25, 0.125, 0.5, 0.5, 0.85, 0.15, 0.35),
    /** Hinge: D wants real scores ≥ 1 and fake ≤ −1; D loss 2 and scores 0 at balance, 0 once D wins every margin. */
    HINGE(2.0, 0.0, 0.0, 0.0, 0.9, -0.9, 0.9),
    /** WGAN and WGAN-GP critics: scores are unbounded; D overpowering is not read from them. */
    CRITIC(0.0, 0.0, 0.0, 0.0, Double.NaN, Double.NaN, Double.NaN);

    final double dLossEquilibrium;
    final double gLossEquilibrium;
    final double dRealEquilibrium;
    final double dFakeEquilibrium;
    final double overpowerReal;
    final double overpowerFake;
    final double overpowerGLoss;

    LossFamily(double dLoss, double gLoss, double dReal, double dFake, double overpowerReal, double overpowerFake,
               double overpowerGLoss) {
        this.dLossEquilibrium = dLoss;
        this.gLossEquilibrium = gLoss;
        this.dRealEquilibrium = dReal;
        this.dFakeEquilibrium = dFake;
        this.overpowerReal = overpowerReal;
        this.overpowerFake = overpowerFake;
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

    /** D and G overpowered when D's mean outputs sit past both thresholds and G's loss is past its own. */
    boolean overpowered(double dReal, double dFake, double gLoss) {
        return readsOverpowering() && dReal >= overpowerReal && dFake <= overpowerFake && gLoss >= overpowerGLoss;
    }

    /** What a healthy run of this family looks like, for the HEALTHY verdict. */
    String healthyLooksLike() {
        return switch (this) {
            case BCE, MINIMAX -> "D loss near ln 4 ≈ 1.39 and D outputs near 0.5 are the equilibrium";
            case LSGAN -> "D loss near 0.25 and D scores near 0.5 are the equilibrium";
            case HINGE -> "D loss near 2 and D scores near 0 are the equilibrium";
            case CRITIC -> "a critic loss that is negative and shrinks in size as G improves; scores are not probabilities";
        };
    }
}
