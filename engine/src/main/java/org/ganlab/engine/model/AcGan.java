package org.ganlab.engine.model;

/**
 * The auxiliary-classifier GAN of Odena et al. on the DCGAN: G takes the noise with a one-hot
 * label appended; D sees only the image and outputs a real/fake logit followed by one logit per
 * class, trained to recognise the class of real and generated images alike.
 */
public final class AcGan {

    private AcGan() {
    }

    public static GanModel build(ModelSpec spec) {
        int k = Conditional.requireClasses(spec);
        DcGan.requireSize(spec.image());
        int c = spec.image().channels();
        return new GanModel("acgan", DcGan.generator(spec.latentSize() + k, c),
                DcGan.discriminator(c, 1 + k, !spec.plainCritic()), spec.latentSize(), spec.image(),
                Conditioning.AUXILIARY, k);
    }
}
