package org.ganlab.engine.train;

import java.util.SplittableRandom;
import org.ganlab.engine.model.Conditioning;
import org.ganlab.engine.model.GanModel;

/**
 * The matching-aware discriminator of Reed et al. 2016 ("GAN-CLS"), for models that read the
 * label beside the image: in D's step real images also go in under a wrong label and count as
 * fake, so D must judge whether image and label match, not only whether the image is real. A D
 * that sees only (real, right label) and (fake, G's label) pairs can score the image alone; G
 * then draws some digit for each label, and which digit hops from checkpoint to checkpoint.
 *
 * <p>D's loss is the paper's: its loss on the real batch, plus {@link #WEIGHT} of its fake-side
 * loss on the generated batch and as much on the mismatched pairs. Every loss splits into a real
 * and a fake side, so this works for each of them (for WGAN the critic's score of a mismatched
 * pair is pushed down like a fake's). The wrong label is the true one shifted by a random
 * non-zero offset (mod the classes), from its own stream of the seed and the iteration, so a
 * run stays reproducible and a restored run continues exactly.
 */
final class MismatchedPairs {

    /** The share of D's fake-side loss on the mismatched pairs (the rest is on the fakes), as in GAN-CLS. */
    static final double WEIGHT = 0.5;
    private static final long STREAM = 0x4D49534D41544348L;

    private final int classes;

    private MismatchedPairs(int classes) {
        this.classes = classes;
    }

    /**
     * The mismatched pairs of a model whose D reads a one-hot label beside a flat image (cgan),
     * or null. Unconditional models and AC-GAN (whose D classifies) have no label in D's input.
     * cdcgan is left as it is: its D reads a plane per class (784 label values beside 784
     * pixels), its own test finds every class drawn in its last snapshot, and a matching-aware
     * step would add a third BatchNorm pass to each D step; it has not been measured with one.
     */
    static MismatchedPairs of(GanModel model) {
        boolean applies = model.conditioning() == Conditioning.INPUT && model.discriminator().inputShape().length == 1;
        return applies ? new MismatchedPairs(model.classCount()) : null;
    }

    /** For each label, another class: the label shifted by 1..classes-1, drawn for this seed and iteration. */
    int[] wrongLabels(int[] labels, long seed, long iteration) {
        SplittableRandom rng = new SplittableRandom(Noise.mix(seed ^ STREAM, iteration));
        int[] wrong = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            wrong[i] = (labels[i] + 1 + rng.nextInt(classes - 1)) % classes;
        }
        return wrong;
    }
}
