package org.ganlab.engine.diagnosis;

/**
 * What the training doctor can say about a run, each with a short title and an explanation a
 * student can read: what it means and why it happens. The advice for a particular run is in
 * its {@link Diagnosis}.
 */
public enum DiagnosisKind {
    HEALTHY("Training looks healthy",
            "D and G are balanced: neither wins for long, so each keeps giving the other something to learn. "
                    + "For BCE-type losses the equilibrium is D loss near ln 4 ≈ 1.39 with D outputs near 0.5: "
                    + "D cannot tell real from fake, which is the goal, not a failure."),
    D_OVERPOWERS_G("Discriminator overpowers the generator",
            "D tells real from fake almost perfectly: D(x) → 1 and D(G(z)) → 0, and G's loss climbs. "
                    + "It happens when D learns much faster than G (a higher learning rate, more D steps, an easier task). "
                    + "A D that always wins gives G little useful direction, so the samples stop improving."),
    VANISHING_G_GRADIENT("Vanishing generator gradient",
            "The gradient that reaches the generator has shrunk far below its own early level, so G barely changes. "
                    + "It happens when D saturates (the minimax loss flattens where D is confident) or a critic is clipped too tightly. "
                    + "The samples freeze even though training goes on."),
    MODE_COLLAPSE("Mode collapse",
            "The generator produces only a few kinds of sample: different noise gives nearly the same output. "
                    + "G has found outputs that fool D and keeps making them instead of covering the whole data set. "
                    + "It shows as samples far less varied than real data, classes or modes missing."),
    OSCILLATION("Losses oscillate",
            "D and G take turns winning: the losses swing up and down in large waves instead of settling. "
                    + "Each network overshoots the other's last move, usually because the learning rates are too high. "
                    + "The samples change a lot but do not get better."),
    NO_PROGRESS("No progress",
            "The fixed-noise samples have stopped changing while training goes on. "
                    + "G's updates are too small to matter: a tiny learning rate, a frozen G, or a D that gives no signal. "
                    + "More iterations will not help until something changes."),
    DIVERGENCE("Training diverged",
            "A loss or D's outputs blew up, to very large values or to NaN/infinity, and the networks' weights went with them. "
                    + "It usually follows a step size too large for the loss surface, often right after a change of a setting. "
                    + "A diverged run does not recover by itself: continue from an earlier checkpoint with gentler settings.");

    private final String title;
    private final String explanation;

    DiagnosisKind(String title, String explanation) {
        this.title = title;
        this.explanation = explanation;
    }

    /** A few words for a list or a status bar, e.g. "Discriminator overpowers the generator". */
    public String title() {
        return title;
    }

    /** Two or three sentences: what it means, why it happens. */
    public String explanation() {
        return explanation;
    }
}
