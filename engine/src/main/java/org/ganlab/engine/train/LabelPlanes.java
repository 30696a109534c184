package org.ganlab.engine.train;

import java.util.Arrays;
import org.ganlab.engine.nn.BatchBuffers;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * D's input for one kind of batch (real, fake or interpolated) of a conditional model that reads
 * labels beside the image: the image channels, then one constant channel per class, 1 on the
 * example's label and 0 elsewhere (for a flat input a one-hot vector: "planes" of one value).
 *
 * <p>The label planes live in the reused input buffer and are written only where an example's
 * label differs from the one its buffer already holds: a plane is cleared and another set, in
 * place. Building a full {@code [n, classes, H, W]} encoding per call cost ~4 MB of heap, a copy
 * off-heap and another into the buffer, twice per iteration.
 */
final class LabelPlanes {

    private static final int NONE = -1;

    private final int[] inputShape;
    private final int classes;
    private final int imageChannels;
    private final int plane;
    private final BatchBuffers inputs;
    private INDArray held;
    private int[] heldLabels;
    private long planesWritten;

    /** @param inputShape one example of D's input: {@code [channels + classes, H, W]} or {@code [features + classes]} */
    LabelPlanes(int[] inputShape, int classes) {
        this.inputShape = inputShape.clone();
        this.classes = classes;
        this.imageChannels = inputShape[0] - classes;
        this.plane = inputShape.length == 1 ? 1 : inputShape[1] * inputShape[2];
        this.inputs = new BatchBuffers(inputShape);
    }

    /** The first {@code n} images with the label planes of {@code labels} after them, in a reused buffer. */
    INDArray combine(INDArray images, int[] labels, int n) {
        INDArray both = inputs.get(n);
        both.get(channels(0, imageChannels)).assign(images);
        if (both != held) {
            // another size's buffer (or a new one): start it from no label at all
            both.get(channels(imageChannels, inputShape[0])).assign(0);
            held = both;
            heldLabels = new int[n];
            Arrays.fill(heldLabels, NONE);
        }
        DataBuffer data = both.data();
        for (int i = 0; i < n; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("label " + labels[i] + " of example " + i + " is not in 0.."
                        + (classes - 1));
            }
            if (heldLabels[i] != labels[i]) {
                if (heldLabels[i] != NONE) {
                    fill(data, i, heldLabels[i], 0f);
                }
                fill(data, i, labels[i], 1f);
                heldLabels[i] = labels[i];
                planesWritten++;
            }
        }
        return both;
    }

    /** How many examples' label planes have been written so far (for tests: a repeated label writes nothing). */
    long planesWritten() {
        return planesWritten;
    }

    /** Sets example {@code i}'s plane of class {@code label} to {@code value}; the buffer is C-order from offset 0. */
    private void fill(DataBuffer data, int i, int label, float value) {
        long start = ((long) i * inputShape[0] + imageChannels + label) * plane;
        for (long j = start; j < start + plane; j++) {
            data.put(j, value);
        }
    }

    private INDArrayIndex[] channels(long from, long to) {
        return channels(inputShape.length, from, to);
    }

    /** Channels {@code [from, to)} of every example of a batch whose examples have {@code exampleRank} axes. */
    static INDArrayIndex[] channels(int exampleRank, long from, long to) {
        INDArrayIndex[] index = new INDArrayIndex[exampleRank + 1];
        index[0] = NDArrayIndex.all();
        index[1] = NDArrayIndex.interval(from, to);
        for (int i = 2; i < index.length; i++) {
            index[i] = NDArrayIndex.all();
        }
        return index;
    }
}
