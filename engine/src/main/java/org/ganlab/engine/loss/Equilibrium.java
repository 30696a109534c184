package org.ganlab.engine.loss;

/**
 * A loss's values at the GAN's equilibrium, where G's samples are distributed like the data and
 * the best D can only guess. The app's charts draw them as reference lines and the training
 * doctor's HEALTHY verdict names them: a student who sees D loss sitting on its line knows it is
 * balance, not failure. NaN means none: the loss has no value that means "balanced".
 *
 * <p>With one-sided label smoothing the real target is {@code t = 1 - labelSmoothing}; the best D
 * at equilibrium then outputs {@code t / 2} (for BCE: {@code t·p/(p + p)}; for LSGAN the mean of
 * its two targets t and 0), which moves the values a little.
 *
 * @param dLoss  D's (or the critic's) loss at equilibrium, NaN for none
 * @param gLoss  G's loss at equilibrium, NaN for none
 * @param output D's mean output on real and generated images alike, NaN for none
 * @param note   one line for the chart's tooltip: why the lines sit where they do
 */
public record Equilibrium(double dLoss, double gLoss, double output, String note) {

    public static final Equilibrium NONE = new Equilibrium(Double.NaN, Double.NaN, Double.NaN, "");

    /** The lines for a loss by its config name (see {@code GanLoss.NAMES}); unknown names get none. */
    public static Equilibrium of(String loss, double labelSmoothing) {
        double t = 1 - labelSmoothing;
        double d = t / 2;
        return switch (loss == null ? "" : loss) {
            // D loss is the cross-entropy on both halves; G's non-saturating loss is -ln D(G(z)).
            // Without smoothing: ln 4 ≈ 1.386 and ln 2 ≈ 0.693.
            case "bce" -> new Equilibrium(bceD(t, d), -Math.log(d), d,
                    "equilibrium: D outputs " + fmt(d) + " on both, D loss " + fmt(bceD(t, d)));
            // The same D; G minimises ln(1 - D(G(z))), which is negative: -ln 2 ≈ -0.693 without smoothing.
            case "minimax" -> new Equilibrium(bceD(t, d), Math.log(1 - d), d,
                    "equilibrium: D outputs " + fmt(d) + " on both; G's loss ln(1 - D(G(z))) is negative");
            // Half squared errors (targets t and 0 for D, 1 for G): 0.25 and 0.125 without smoothing.
            case "lsgan" -> new Equilibrium(0.5 * sq(d - t) + 0.5 * sq(d), 0.5 * sq(d - 1), d,
                    "equilibrium: D scores " + fmt(d) + " on both");
            // A critic cannot tell equal distributions apart: E[D(G(z))] - E[D(x)] = 0 (the penalty
            // of wgan-gp is ~0 there too). Its scores, and so G's loss -E[D(G(z))], are defined only
            // up to a constant, so neither has a line.
            case "wgan", "wgan-gp" -> new Equilibrium(0, Double.NaN, Double.NaN,
                    "equilibrium: critic loss 0 (the distance estimate); scores have no fixed level");
            // With equal distributions D's hinges sum to (1 - s) + (1 + s) = 2 for any score s in
            // [-1, 1]; the score itself, and G's loss -E[D(G(z))], may sit anywhere there.
            case "hinge" -> new Equilibrium(2, Double.NaN, Double.NaN,
                    "equilibrium: D loss 2; scores anywhere in [-1, 1]");
            default -> NONE;
        };
    }

    /** D's cross-entropy at output {@code d} on real (target t) and fake (target 0) images. */
    private static double bceD(double t, double d) {
        return -(t * Math.log(d) + (1 - t) * Math.log(1 - d)) - Math.log(1 - d);
    }

    private static double sq(double x) {
        return x * x;
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.3g", v);
    }
}
