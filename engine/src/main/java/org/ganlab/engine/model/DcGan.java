package org.ganlab.engine.model;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.engine.nn.Activation;
import org.ganlab.engine.nn.BatchNorm;
import org.ganlab.engine.nn.Conv2d;
import org.ganlab.engine.nn.ConvGeometry;
import org.ganlab.engine.nn.Dense;
import org.ganlab.engine.nn.Layer;
import org.ganlab.engine.nn.Network;
import org.ganlab.engine.nn.Reshape;

/**
 * The DCGAN of Radford et al., sized for 28×28 images (the benchmark network):
 * G z→dense 128·7·7→BN→ReLU→deconv 4×4/2 to 64×14×14→BN→ReLU→deconv 4×4/2 to C×28×28→tanh;
 * D conv 4×4/2 to 64×14×14→LeakyReLU→conv 4×4/2 to 128×7×7→BN→LeakyReLU→dense→1.
 * The conditional variants reuse both halves with other input and output sizes.
 */
public final class DcGan {

    private static final int BASE = 7;
    private static final int SEED_FEATURES = 128 * BASE * BASE;

    private DcGan() {
    }

    public static GanModel build(ModelSpec spec) {
        requireSize(spec.image());
        int c = spec.image().channels();
        return new GanModel("dcgan", generator(spec.latentSize(), c),
                discriminator(c, 1, !spec.plainCritic()), spec.latentSize(), spec.image());
    }

    static void requireSize(ImageShape image) {
        if (image.height() != 4 * BASE || image.width() != 4 * BASE) {
            throw new IllegalArgumentException("the DCGAN models are built for 28x28 images, not " + image);
        }
    }

    /** G from an input vector of {@code inputSize} to {@code channels}×28×28 in [-1, 1]. */
    static Network generator(int inputSize, int channels) {
        ConvGeometry up1 = new ConvGeometry(128, BASE, 64, 4, 2, 1, true);
        ConvGeometry up2 = new ConvGeometry(64, 2 * BASE, channels, 4, 2, 1, true);
        return new Network("G", new int[] {inputSize}, List.of(
                new Dense(inputSize, SEED_FEATURES), new BatchNorm(SEED_FEATURES), Activation.relu(SEED_FEATURES),
                new Reshape(new int[] {SEED_FEATURES}, new int[] {128, BASE, BASE}),
                new Conv2d(up1), new BatchNorm(up1.outputShape()), Activation.relu(up1.outputShape()),
                new Conv2d(up2), Activation.tanh(up2.outputShape())));
    }

    /** D from {@code inChannels}×28×28 to {@code outputs} logits; {@code batchNorm} false for a critic with a gradient penalty. */
    static Network discriminator(int inChannels, int outputs, boolean batchNorm) {
        ConvGeometry down1 = new ConvGeometry(inChannels, 4 * BASE, 64, 4, 2, 1, false);
        ConvGeometry down2 = new ConvGeometry(64, 2 * BASE, 128, 4, 2, 1, false);
        List<Layer> layers = new ArrayList<>(List.of(
                new Conv2d(down1), Activation.leakyRelu(0.2, down1.outputShape()), new Conv2d(down2)));
        if (batchNorm) {
            layers.add(new BatchNorm(down2.outputShape()));
        }
        layers.add(Activation.leakyRelu(0.2, down2.outputShape()));
        layers.add(new Reshape(down2.outputShape(), new int[] {SEED_FEATURES}));
        layers.add(new Dense(SEED_FEATURES, outputs));
        return new Network("D", down1.inputShape(), layers);
    }
}
