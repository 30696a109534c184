package org.ganlab.engine.loss;

/**
 * A GAN objective, expressed on D's logits. Each method returns the batch's mean loss and writes
 * dLoss/dLogit for every example into {@code grad} (same length as {@code logits}), which the
 * trainer back-propagates through D (and, for the generator, on through G).
 *
 * <p>Losses work on plain float arrays: a batch's logits are a few hundred numbers, and exact
 * Java arithmetic makes every loss easy to check against hand-computed values.
 */
public interface GanLoss {

    /** Loss names the engine knows, as configs and the CLI spell them. */
    java.util.List<String> NAMES = java.util.List.of("bce", "minimax", "wgan", "wgan-gp", "lsgan", "hinge");

    /** D's loss on real images; {@code realTarget} is 1, or less with label smoothing. */
    double discriminatorReal(float[] logits, float[] grad, double realTarget);

    /** D's loss on generated images. */
    double discriminatorFake(float[] logits, float[] grad);

    /** G's loss on D's logits for its images. */
    double generator(float[] logits, float[] grad);

    /** The mean of D's outputs shown to students: for these losses, the mean probability sigmoid(logit). */
    default double meanOutput(float[] logits) {
        double sum = 0;
        for (float x : logits) {
            sum += Logits.sigmoid(x);
        }
        return sum / logits.length;
    }

    /** What D's outputs mean, for chart labels: "probability" for BCE-type losses, else "score". */
    default String discriminatorOutput() {
        return "probability";
    }

    /** The optimiser both networks use: "adam", or "rmsprop" for the original WGAN. */
    default String optimizer() {
        return "adam";
    }

    /** After each D step, clip D's weights to [-c, c]; 0 = no clipping (only WGAN clips). */
    default double weightClip() {
        return 0;
    }

    /**
     * True when {@code discriminatorReal}'s {@code realTarget} matters, so one-sided label smoothing
     * changes training; losses that score rather than classify (WGAN, hinge) ignore it.
     */
    default boolean usesLabelSmoothing() {
        return true;
    }

    /** λ of the gradient penalty λ·E[(‖∇D(x̂)‖ - 1)²]; 0 = none (only WGAN-GP has one). */
    default double gradientPenalty() {
        return 0;
    }

    /** The loss a config names: {@code bce} (non-saturating) or {@code minimax}. */
    static GanLoss named(String name) {
        return switch (name) {
            case "bce" -> new NonSaturatingLoss();
            case "minimax" -> new MinimaxLoss();
            case "wgan" -> new WassersteinLoss();
            case "wgan-gp" -> new WassersteinGpLoss();
            case "lsgan" -> new LeastSquaresLoss();
            case "hinge" -> new HingeLoss();
            default -> throw new IllegalArgumentException(
                    "unknown loss '" + name + "'; known losses: " + String.join(", ", NAMES));
        };
    }
}
