package org.ganlab.app.model;

import org.ganlab.engine.loss.GanLoss;

/**
 * What the training charts call their numbers, which depends on the loss: a BCE discriminator
 * outputs a probability (drawn on a fixed 0..1 axis), an LSGAN or hinge D an unbounded score, and a
 * WGAN critic a score whose loss is the critic loss. A critic's score is not a probability.
 *
 * @param lossTitle    title of the loss chart
 * @param dLoss        legend name of D's loss series
 * @param lossAxis     y-axis label of the loss chart
 * @param outputTitle  title of the D-output chart
 * @param outputAxis   y-axis label of the D-output chart
 * @param real         legend name of the mean output on real examples
 * @param fake         legend name of the mean output on generated examples
 * @param probability  true when the outputs are probabilities: the axis is fixed to 0..1
 */
public record ChartLabels(String lossTitle, String dLoss, String lossAxis, String outputTitle,
                          String outputAxis, String real, String fake, boolean probability) {

    public static final ChartLabels PROBABILITY = new ChartLabels("Losses", "D loss", "loss",
            "Discriminator outputs", "probability D(x) / D(G(z))", "mean D(x)", "mean D(G(z))", true);

    /** The labels for a loss by its config name; unknown names get the BCE labels. */
    public static ChartLabels forLoss(String loss) {
        String output;
        try {
            output = GanLoss.named(loss).discriminatorOutput();
        } catch (IllegalArgumentException | NullPointerException e) {
            return PROBABILITY;
        }
        return switch (output) {
            case "probability" -> PROBABILITY;
            case "critic score" -> new ChartLabels("Losses (" + loss + ")", "critic loss", "critic loss",
                    "Critic scores", "critic score D(x) / D(G(z))", "mean critic score D(x)",
                    "mean critic score D(G(z))", false);
            default -> new ChartLabels("Losses (" + loss + ")", "D loss", "loss",
                    "Discriminator scores", output + " D(x) / D(G(z))", "mean score D(x)",
                    "mean score D(G(z))", false);
        };
    }
}
