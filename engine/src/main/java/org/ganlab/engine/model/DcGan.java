package org.ganlab.engine.model;

import java.util.List;
import org.ganlab.engine.nn.Activation;
import org.ganlab.engine.nn.BatchNorm;
import org.ganlab.engine.nn.Conv2d;
import org.ganlab.engine.nn.ConvGeometry;
import org.ganlab.engine.nn.Dense;
import org.ganlab.engine.nn.Network;
import org.ganlab.engine.nn.Reshape;

/**
 * The DCGAN of Radford et al., sized for 28×28 images (the benchmark network):
 * G z→dense 128·7·7→BN→ReLU→deconv 4×4/2 to 64×14×14→BN→ReLU→deconv 4×4/2 to C×28×28→tanh;
 * D conv 4×4/2 to 64×14×14→LeakyReLU→conv 4×4/2 to 128×7×7→BN→LeakyReLU→dense→1.
 */
public final class DcGan {

    private static final int BASE = 7;

    private DcGan() {
    }

    public static GanModel build(int latentSize, ImageShape image) {
        if (image.height() != 4 * BASE || image.width() != 4 * BASE) {
            throw new IllegalArgumentException("dcgan is built for 28x28 images, not " + image);
        }
        int c = image.channels();
        int seed = 128 * BASE * BASE;
        ConvGeometry up1 = new ConvGeometry(128, BASE, 64, 4, 2, 1, true);
        ConvGeometry up2 = new ConvGeometry(64, 2 * BASE, c, 4, 2, 1, true);
        Network g = new Network("G", new int[] {latentSize}, List.of(
                new Dense(latentSize, seed), new BatchNorm(seed), Activation.relu(seed),
                new Reshape(new int[] {seed}, new int[] {128, BASE, BASE}),
                new Conv2d(up1), new BatchNorm(up1.outputShape()), Activation.relu(up1.outputShape()),
                new Conv2d(up2), Activation.tanh(up2.outputShape())));
        ConvGeometry down1 = new ConvGeometry(c, 4 * BASE, 64, 4, 2, 1, false);
        ConvGeometry down2 = new ConvGeometry(64, 2 * BASE, 128, 4, 2, 1, false);
        Network d = new Network("D", new int[] {c, 4 * BASE, 4 * BASE}, List.of(
                new Conv2d(down1), Activation.leakyRelu(0.2, down1.outputShape()),
                new Conv2d(down2), new BatchNorm(down2.outputShape()), Activation.leakyRelu(0.2, down2.outputShape()),
                new Reshape(down2.outputShape(), new int[] {seed}),
                new Dense(seed, 1)));
        return new GanModel("dcgan", g, d, latentSize, image);
    }
}
