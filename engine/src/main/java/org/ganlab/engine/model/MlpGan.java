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

    public static GanModel build(ModelSpec spec) {
        int pixels = spec.image().size();
        return new GanModel("mlp", generator(spec.latentSize(), pixels), discriminator(pixels, 1),
                spec.latentSize(), spec.image());
    }

    static Network generator(int inputSize, int pixels) {
        return new Network("G", new int[] {inputSize}, List.of(
                new Dense(inputSize, 256), Activation.leakyRelu(0.2, 256),
                new Dense(256, 512), Activation.leakyRelu(0.2, 512),
                new Dense(512, 1024), Activation.leakyRelu(0.2, 1024),
                new Dense(1024, pixels), Activation.tanh(pixels)));
    }

    static Network discriminator(int inputSize, int outputs) {
        return new Network("D", new int[] {inputSize}, List.of(
                new Dense(inputSize, 512), Activation.leakyRelu(0.2, 512),
                new Dense(512, 256), Activation.leakyRelu(0.2, 256),
                new Dense(256, outputs)));
    }
}
