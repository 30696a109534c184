package org.ganlab.engine.model;

import java.util.List;
import org.ganlab.engine.nn.Activation;
import org.ganlab.engine.nn.Dense;
import org.ganlab.engine.nn.Network;

/**
 * The vanilla GAN of Goodfellow et al. with the benchmark's sizes: G z→256→512→1024→pixels
 * (LeakyReLU 0.2, tanh), D pixels→512→256→1 (LeakyReLU 0.2, logits). Images are flat vectors.
 */
public final class MlpGan {

    private MlpGan() {
    }

    public static GanModel build(int latentSize, ImageShape image) {
        int pixels = image.size();
        Network g = new Network("G", new int[] {latentSize}, List.of(
                new Dense(latentSize, 256), Activation.leakyRelu(0.2, 256),
                new Dense(256, 512), Activation.leakyRelu(0.2, 512),
                new Dense(512, 1024), Activation.leakyRelu(0.2, 1024),
                new Dense(1024, pixels), Activation.tanh(pixels)));
        Network d = new Network("D", new int[] {pixels}, List.of(
                new Dense(pixels, 512), Activation.leakyRelu(0.2, 512),
                new Dense(512, 256), Activation.leakyRelu(0.2, 256),
                new Dense(256, 1)));
        return new GanModel("mlp", g, d, latentSize, image);
    }
}
