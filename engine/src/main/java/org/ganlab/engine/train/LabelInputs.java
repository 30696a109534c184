package org.ganlab.engine.train;

import org.ganlab.engine.model.Conditioning;
import org.ganlab.engine.model.GanModel;
import org.ganlab.engine.nn.BatchBuffers;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

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
    private final HostBatch labelEncodings;
    private final float labelScale;
    private final BatchBuffers realCombined;
    private final BatchBuffers fakeCombined;
    private final BatchBuffers penaltyCombined;
    private final BatchBuffers penaltyGradients;

    LabelInputs(GanModel model) {
        this.model = model;
        this.classes = model.classCount();
        this.dInputShape = model.discriminator().inputShape();
        this.labelsIntoD = model.conditioning() == Conditioning.INPUT;
        this.noise = new HostBatch(model.generatorInputSize());
        this.labelScale = (float) Math.sqrt(model.latentSize());
        int[] encodingShape = dInputShape.clone();
        encodingShape[0] = classes;
        this.labelEncodings = new HostBatch(labelsIntoD ? encodingShape : new int[] {1});
        this.realCombined = new BatchBuffers(dInputShape);
        this.fakeCombined = new BatchBuffers(dInputShape);
        this.penaltyCombined = new BatchBuffers(dInputShape);
        this.penaltyGradients = new BatchBuffers(dInputShape);
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
        return labelsIntoD ? combine(realCombined.get(n), images, labels, n) : images;
    }

    /** D's input for {@code n} generated examples with the labels G was given. */
    INDArray fakeInput(INDArray images, int[] labels, int n) {
        return labelsIntoD ? combine(fakeCombined.get(n), images, labels, n) : images;
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
                return combine(penaltyCombined.get(n), images, labels, n);
            }

            @Override
            public INDArray imagePart(INDArray inputGradient) {
                return inputGradient.get(channels(0, imageChannels)).dup('c');
            }

            @Override
            public INDArray fromImagePart(INDArray imageGradient) {
                INDArray full = penaltyGradients.get(n).assign(0);
                full.get(channels(0, imageChannels)).assign(imageGradient);
                return full;
            }
        };
    }

    private INDArray combine(INDArray both, INDArray images, int[] labels, int n) {
        int imageChannels = dInputShape[0] - classes;
        both.get(channels(0, imageChannels)).assign(images);
        both.get(channels(imageChannels, dInputShape[0])).assign(encode(labels, n));
        return both;
    }

    /** The part of a gradient for D's input that belongs to the image (what G back-propagates). */
    INDArray imageGradient(INDArray inputGradient, long[] imageShape) {
        if (!labelsIntoD) {
            return inputGradient;
        }
        int imageChannels = dInputShape[0] - classes;
        return inputGradient.get(channels(0, imageChannels)).dup('c').reshape(imageShape);
    }

    private INDArray encode(int[] labels, int n) {
        int plane = spatial();
        float[] encoding = new float[n * classes * plane];
        for (int i = 0; i < n; i++) {
            int start = (i * classes + labels[i]) * plane;
            java.util.Arrays.fill(encoding, start, start + plane, 1f);
        }
        return labelEncodings.load(encoding, n);
    }

    /** Values per channel of D's input: 1 for a flat input, H·W for an image. */
    private int spatial() {
        return dInputShape.length == 1 ? 1 : dInputShape[1] * dInputShape[2];
    }

    private INDArrayIndex[] channels(long from, long to) {
        INDArrayIndex[] index = new INDArrayIndex[dInputShape.length + 1];
        index[0] = NDArrayIndex.all();
        index[1] = NDArrayIndex.interval(from, to);
        for (int i = 2; i < index.length; i++) {
            index[i] = NDArrayIndex.all();
        }
        return index;
    }
}
