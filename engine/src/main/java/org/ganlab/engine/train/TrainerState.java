package org.ganlab.engine.train;

/**
 * A trainer's complete state at an iteration boundary, as plain arrays: what a checkpoint holds.
 *
 * @param iteration completed iterations; with the seed it fixes the data order and noise to come
 * @param lastGLoss the latest generator loss (reported until G steps again)
 */
public record TrainerState(long iteration, double lastGLoss, NetworkState generator,
                           NetworkState discriminator) {
}
