package org.ganlab.engine.model;

import org.ganlab.engine.nn.Network;

/**
 * A generator and a discriminator that fit together: G maps {@code [n, latentSize]} noise to
 * {@code [n, D's input shape]} images in [-1, 1]; D maps them to {@code [n, 1]} logits.
 */
public record GanModel(String name, Network generator, Network discriminator, int latentSize,
                       ImageShape imageShape) {
}
