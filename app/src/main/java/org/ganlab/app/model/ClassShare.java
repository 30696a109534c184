package org.ganlab.app.model;

/**
 * One bar of the class-coverage histogram.
 *
 * @param name  the class, e.g. "7" or "Sneaker"
 * @param share fraction of generated samples the classifier put in this class (0..1)
 * @param low   under {@link #LOW}: the generator hardly draws this class
 */
public record ClassShare(String name, double share, boolean low) {

    /** Classes under 2% of the samples count as not covered (the engine's rule). */
    public static final double LOW = 0.02;
}
