package org.ganlab.engine.model;

import org.ganlab.engine.nn.Network;

/**
 * A generator and a discriminator that fit together: G maps {@code [n, latentSize (+ classes)]}
 * noise to {@code [n, image]} examples; D maps examples (with label planes or a one-hot label for
 * {@link Conditioning#INPUT}) to {@code [n, 1]} logits, or {@code [n, 1 + classes]} for
 * {@link Conditioning#AUXILIARY} (the real/fake logit first, then the class logits).
 *
 * @param classCount classes the labels range over; 0 for unconditional models
 */
public record GanModel(String name, Network generator, Network discriminator, int latentSize,
                       ImageShape imageShape, Conditioning conditioning, int classCount) {

    /** An unconditional model. */
    public GanModel(String name, Network generator, Network discriminator, int latentSize, ImageShape imageShape) {
        this(name, generator, discriminator, latentSize, imageShape, Conditioning.NONE, 0);
    }

    /** Length of G's input: the noise, plus a one-hot label for conditional models. */
    public int generatorInputSize() {
        return latentSize + (conditioning == Conditioning.NONE ? 0 : classCount);
    }
}
