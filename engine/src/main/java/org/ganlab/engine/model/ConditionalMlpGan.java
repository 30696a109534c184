package org.ganlab.engine.model;

/**
 * The conditional GAN of Mirza and Osindero on the MLP: a one-hot class label is appended to
 * G's noise and to D's flattened image, so G learns to draw the class it is asked for.
 */
public final class ConditionalMlpGan {

    private ConditionalMlpGan() {
    }

    public static GanModel build(ModelSpec spec) {
        int k = Conditional.requireClasses(spec);
        int pixels = spec.image().size();
        return new GanModel("cgan", MlpGan.generator(spec.latentSize() + k, pixels),
                MlpGan.discriminator(pixels + k, 1), spec.latentSize(), spec.image(), Conditioning.INPUT, k);
    }
}
