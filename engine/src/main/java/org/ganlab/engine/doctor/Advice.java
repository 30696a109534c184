package org.ganlab.engine.doctor;

import org.ganlab.engine.train.TrainingConfig;

/**
 * What to try for each kind of diagnosis, phrased with the app's control labels and the run's
 * current values ("lower Learning rate D to 5e-5 (now 2e-4)"). Each returns one line of
 * alternatives separated by "; ".
 */
final class Advice {

    private Advice() {
    }

    static String dOverpowers(TrainingConfig c) {
        StringBuilder a = new StringBuilder("lower " + ControlLabels.LEARNING_RATE_D + " to "
                + ControlLabels.rate(c.learningRateD() / 4) + " (now " + ControlLabels.rate(c.learningRateD()) + ")");
        if (c.learningRateG() > 2 * c.learningRateD()) {
            a.append("; or lower " + ControlLabels.LEARNING_RATE_G + " to " + ControlLabels.rate(c.learningRateD())
                    + ": a G that jumps too far is easy for D to spot");
        }
        if (c.dStepsPerGStep() > 1) {
            a.append("; set " + ControlLabels.D_STEPS + " to 1 (now " + c.dStepsPerGStep() + ")");
        }
        if (c.labelSmoothing() < 0.1) {
            a.append("; set " + ControlLabels.LABEL_SMOOTHING + " 0.1");
        }
        return a.append("; or try " + ControlLabels.LOSS + " lsgan or wgan-gp").toString();
    }

    static String vanishingGradient(TrainingConfig c, LossFamily family) {
        return switch (family) {
            case MINIMAX -> "try " + ControlLabels.LOSS + " bce (non-saturating): it keeps G's gradient where minimax flattens; or lower "
                    + ControlLabels.LEARNING_RATE_D + " to " + ControlLabels.rate(c.learningRateD() / 4);
            case CRITIC -> c.loss().equals("wgan")
                    ? "raise " + ControlLabels.WEIGHT_CLIP + " (now " + effectiveClip(c) + "), or try " + ControlLabels.LOSS + " wgan-gp"
                    : "raise " + ControlLabels.LEARNING_RATE_G + " to " + ControlLabels.rate(c.learningRateG() * 2)
                            + ", or lower " + ControlLabels.D_STEPS + " (now " + c.dStepsPerGStep() + ")";
            default -> "lower " + ControlLabels.LEARNING_RATE_D + " to " + ControlLabels.rate(c.learningRateD() / 4)
                    + "; set " + ControlLabels.LABEL_SMOOTHING + " 0.1";
        };
    }

    static String modeCollapse(TrainingConfig c) {
        StringBuilder a = new StringBuilder("lower " + ControlLabels.LEARNING_RATE_G + " to "
                + ControlLabels.rate(c.learningRateG() / 2) + " (now " + ControlLabels.rate(c.learningRateG()) + ")");
        if (!c.loss().startsWith("wgan")) {
            a.append("; or try " + ControlLabels.LOSS + " wgan-gp, whose critic keeps pushing G towards the modes it misses");
        }
        if (c.latentSize() < 8) {
            a.append("; raise " + ControlLabels.LATENT_SIZE + " (now " + c.latentSize() + ") in a new run");
        }
        return a.toString();
    }

    static String oscillation(TrainingConfig c) {
        return "lower both " + ControlLabels.LEARNING_RATE_G + " and " + ControlLabels.LEARNING_RATE_D + " by 4× (to "
                + ControlLabels.rate(c.learningRateG() / 4) + " and " + ControlLabels.rate(c.learningRateD() / 4) + ")";
    }

    static String noProgress(TrainingConfig c) {
        return "raise " + ControlLabels.LEARNING_RATE_G + " (now " + ControlLabels.rate(c.learningRateG())
                + ") towards 2e-4; check that " + ControlLabels.LEARNING_RATE_D + " (now " + ControlLabels.rate(c.learningRateD())
                + ") is not far above it";
    }

    static String divergence(TrainingConfig c) {
        String clip = c.loss().equals("wgan") && effectiveClip(c) > 0.1
                ? "; lower " + ControlLabels.WEIGHT_CLIP + " towards 0.01 (now " + effectiveClip(c) + ")" : "";
        return "continue from the last checkpoint with " + ControlLabels.LEARNING_RATE_G + " and "
                + ControlLabels.LEARNING_RATE_D + " 4× lower (" + ControlLabels.rate(c.learningRateG() / 4) + ", "
                + ControlLabels.rate(c.learningRateD() / 4) + ")" + clip;
    }

    static String healthy() {
        return "nothing to change; watch the samples";
    }

    private static double effectiveClip(TrainingConfig c) {
        return c.weightClip() > 0 ? c.weightClip() : 0.01;
    }
}
