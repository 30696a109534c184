package org.ganlab.engine.train;

import org.ganlab.engine.model.Conditioning;
import org.ganlab.engine.model.GanModel;
import org.ganlab.engine.nn.BatchBuffers;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.INDArrayIndex;

/**
 * Puts class labels where a model reads them: a one-hot label after G's noise for conditional
 * models, and for {@link Conditioning#INPUT} models also after D's input (a one-hot vector for a
 * flat input, one constant plane per class for an image input). For unconditional models the
 * inputs pass through unchanged.
 */
final class LabelInputs {

    private static final long LABEL_STREAM = 0x4C4142454CL;

    private final GanModel model;
    private final int classes;
    private final int[] dInputShape;
    private final boolean labelsIntoD;
    private final HostBatch noise;
    private final float labelScale;
    private final LabelPlanes realCombined;
    private final LabelPlanes fakeCombined;
    private final LabelPlanes penaltyCombined;
    private final LabelPlanes mismatchedCombined;
    private final BatchBuffers penaltyGradients;
    /** The image part of a gradient for D's input, copied out of it: what G and the penalty go on with. */
    private final BatchBuffers imageGradients;

    LabelInputs(GanModel model) {
        this.model = model;
        this.classes = model.classCount();
        this.dInputShape = model.discriminator().inputShape();
        this.labelsIntoD = model.conditioning() == Conditioning.INPUT;
        this.noise = new HostBatch(model.generatorInputSize());
        this.labelScale = (float) Math.sqrt(model.latentSize());
        this.realCombined = new LabelPlanes(dInputShape, classes);
        this.fakeCombined = new LabelPlanes(dInputShape, classes);
        this.penaltyCombined = new LabelPlanes(dInputShape, classes);
        this.mismatchedCombined = new LabelPlanes(dInputShape, classes);
        this.penaltyGradients = new BatchBuffers(dInputShape);
        this.imageGradients = new BatchBuffers(imageShape());
    }

    boolean conditional() {
        return model.conditioning() != Conditioning.NONE;
    }

    /** Labels for an iteration's fakes: uniform over the classes, from the seed and iteration; 0s when unconditional. */
    int[] generatedLabels(long seed, long iteration, int n) {
        int[] labels = new int[n];
        if (conditional()) {
            java.util.SplittableRandom rng = new java.util.SplittableRandom(Noise.mix(seed ^ LABEL_STREAM, iteration));
            for (int i = 0; i < n; i++) {
                labels[i] = rng.nextInt(classes);
            }
        }
        return labels;
    }

    /**
     * G's input: {@code n} noise vectors, each followed by its one-hot label when conditional.
     * The label is scaled to the noise's typical norm √latent: a plain 1 sat beside a noise
     * vector of norm ≈10 and G learned to ignore it (about 30% of requested digits right after
     * 3,000 iterations, against nearly all after 1,000 with the scaling; PyTorch-GAN's learned
     * label embedding starts at that scale too).
     */
    INDArray generatorInput(float[] z, int[] labels, int n) {
        if (!conditional()) {
            return noise.load(z, n);
        }
        int latent = model.latentSize();
        int width = latent + classes;
        float[] input = new float[n * width];
        for (int i = 0; i < n; i++) {
            System.arraycopy(z, i * latent, input, i * width, latent);
            input[i * width + latent + labels[i]] = labelScale;
        }
        return noise.load(input, n);
    }

    /** One example's shape as G makes it and the data holds it: D's input without label planes. */
    int[] imageShape() {
        int[] shape = dInputShape.clone();
        if (labelsIntoD) {
            shape[0] -= classes;
        }
        return shape;
    }

    /** D's input for {@code n} real examples ({@code [n, image...]}) with their labels. */
    INDArray realInput(INDArray images, int[] labels, int n) {
        return labelsIntoD ? realCombined.combine(images, labels, n) : images;
    }

    /** D's input for {@code n} generated examples with the labels G was given. */
    INDArray fakeInput(INDArray images, int[] labels, int n) {
        return labelsIntoD ? fakeCombined.combine(images, labels, n) : images;
    }

    /** D's input for {@code n} real examples under other labels than theirs (matching-aware D). */
    INDArray mismatchedInput(INDArray images, int[] wrongLabels, int n) {
        return mismatchedCombined.combine(images, wrongLabels, n);
    }

    /**
     * For the gradient penalty: interpolated images go into D under the one label set
     * {@code labels} (never a mix of real and fake label planes), and only the image part of D's
     * input gradient is penalised.
     */
    GradientPenalty.CriticInput criticInput(int[] labels, int n) {
        if (!labelsIntoD) {
            return GradientPenalty.CriticInput.IMAGES;
        }
        int imageChannels = dInputShape[0] - classes;
        return new GradientPenalty.CriticInput() {
            @Override
            public INDArray of(INDArray images) {
                return penaltyCombined.combine(images, labels, n);
            }

            @Override
            public INDArray imagePart(INDArray inputGradient) {
                return imagePartOf(inputGradient);
            }

            @Override
            public INDArray fromImagePart(INDArray imageGradient) {
                INDArray full = penaltyGradients.get(n);
                full.get(channels(0, imageChannels)).assign(imageGradient);
                full.get(channels(imageChannels, dInputShape[0])).assign(0);
                return full;
            }
        };
    }

    /** The part of a gradient for D's input that belongs to the image (what G back-propagates). */
    INDArray imageGradient(INDArray inputGradient, long[] imageShape) {
        if (!labelsIntoD) {
            return inputGradient;
        }
        return imagePartOf(inputGradient).reshape(imageShape);
    }

    /** The image channels of a gradient for D's input, as a C-order buffer (valid until the next call at that size). */
    private INDArray imagePartOf(INDArray inputGradient) {
        int imageChannels = dInputShape[0] - classes;
        return imageGradients.like(inputGradient).assign(inputGradient.get(channels(0, imageChannels)));
    }

    private INDArrayIndex[] channels(long from, long to) {
        return LabelPlanes.channels(dInputShape.length, from, to);
    }
}
