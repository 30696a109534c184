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
 * The classic CelebA DCGAN (Radford et al.) for 64×64 images, grey or colour (channels from the
 * data): G z→dense 512·4·4→BN→ReLU, then four 4×4/2 up-sampling blocks 512→256→128→64→C
 * (8, 16, 32, 64 pixels; BN+ReLU after each but the last), tanh out. D mirrors it: four 4×4/2
 * convolutions C→64→128→256→512 (32, 16, 8, 4 pixels) with LeakyReLU 0.2, BN after all but the
 * first (none for a gradient-penalty critic), then a dense layer to one logit.
 *
 * <p>The dense seed layer stands in for the original's 4×4 transposed convolution on a 1×1 input:
 * on a 1×1 input the two compute the same function. {@link DcGan32} is the same design with one
 * block fewer on each side.
 */
public final class DcGan64 {

    /** Feature maps of the block next to the image: 64, doubled at each block further in. */
    static final int WIDTH = 64;
    /** Spatial side where G starts and D ends. */
    static final int SEED_SIDE = 4;

    private DcGan64() {
    }

    public static GanModel build(ModelSpec spec) {
        return build("dcgan64", spec, 64);
    }

    /** A DCGAN for square images of {@code size} = 4·2^k pixels, k up-sampling blocks. */
    static GanModel build(String name, ModelSpec spec, int size) {
        ImageShape image = spec.image();
        if (image.height() != size || image.width() != size) {
            throw new IllegalArgumentException("the " + name + " model is built for " + size + "x" + size
                    + " images, not " + image + "; choose images" + (size == 64 ? "" : size) + ":DIR for such a folder");
        }
        int blocks = Integer.numberOfTrailingZeros(size / SEED_SIDE);
        return new GanModel(name, generator(spec.latentSize(), image.channels(), blocks),
                discriminator(image.channels(), blocks, !spec.plainCritic()), spec.latentSize(), image);
    }

    static Network generator(int latentSize, int channels, int blocks) {
        int top = WIDTH << (blocks - 1);
        int seed = top * SEED_SIDE * SEED_SIDE;
        List<Layer> layers = new ArrayList<>(List.of(new Dense(latentSize, seed), new BatchNorm(seed),
                Activation.relu(seed), new Reshape(new int[] {seed}, new int[] {top, SEED_SIDE, SEED_SIDE})));
        int side = SEED_SIDE;
        for (int b = 0; b < blocks; b++) {
            boolean last = b == blocks - 1;
            int in = top >> b;
            ConvGeometry up = new ConvGeometry(in, side, last ? channels : in / 2, 4, 2, 1, true);
            layers.add(new Conv2d(up));
            if (last) {
                layers.add(Activation.tanh(up.outputShape()));
            } else {
                layers.add(new BatchNorm(up.outputShape()));
                layers.add(Activation.relu(up.outputShape()));
            }
            side = up.outSize();
        }
        return new Network("G", new int[] {latentSize}, layers);
    }

    static Network discriminator(int channels, int blocks, boolean batchNorm) {
        List<Layer> layers = new ArrayList<>();
        int side = SEED_SIDE << blocks;
        int in = channels;
        for (int b = 0; b < blocks; b++) {
            ConvGeometry down = new ConvGeometry(in, side, WIDTH << b, 4, 2, 1, false);
            layers.add(new Conv2d(down));
            if (batchNorm && b > 0) {
                layers.add(new BatchNorm(down.outputShape()));
            }
            layers.add(Activation.leakyRelu(0.2, down.outputShape()));
            in = down.outChannels();
            side = down.outSize();
        }
        int features = in * side * side;
        layers.add(new Reshape(new int[] {in, side, side}, new int[] {features}));
        layers.add(new Dense(features, 1));
        return new Network("D", new int[] {channels, SEED_SIDE << blocks, SEED_SIDE << blocks}, layers);
    }
}
