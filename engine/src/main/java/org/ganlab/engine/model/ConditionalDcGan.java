package org.ganlab.engine.model;

/**
 * The conditional DCGAN: G takes the noise with a one-hot label appended; D sees the image with
 * one constant plane per class appended (1 on the label's plane, 0 elsewhere).
 */
public final class ConditionalDcGan {

    private ConditionalDcGan() {
    }

    public static GanModel build(ModelSpec spec) {
        int k = Conditional.requireClasses(spec);
        DcGan.requireSize(spec.image());
        int c = spec.image().channels();
        return new GanModel("cdcgan", DcGan.generator(spec.latentSize() + k, c),
                DcGan.discriminator(c + k, 1, !spec.plainCritic()), spec.latentSize(), spec.image(),
                Conditioning.INPUT, k);
    }
}
