package org.ganlab.engine.train;

import org.ganlab.engine.data.BatchIterator;
import org.ganlab.engine.data.DataFingerprint;
import org.ganlab.engine.data.ImageDataset;
import org.ganlab.engine.model.ImageShape;

/**
 * What a GAN trains on: image data sets and the endless 2-D toy distributions alike. Values are
 * in the generator's output range ([-1, 1] for images); a 2-D point is a 1×1×2 "image".
 */
public interface TrainingData {

    String name();

    /** One example's shape. */
    ImageShape shape();

    /** Number of classes for conditional models; 0 when the data is unlabelled. */
    int classCount();

    /** What a checkpoint records to notice, on resume, that the data has changed; by name alone unless overridden. */
    default DataFingerprint fingerprint() {
        return DataFingerprint.named(name());
    }

    /** A seeded pass-by-pass view of the data in mini-batches. */
    Batches batches(int batchSize, long seed);

    /** Mini-batches of one epoch at a time; the same (seed, epoch, batch) always gives the same values. */
    interface Batches {

        int batchesPerEpoch();

        /** The number of examples in batch {@code batchIndex} of every epoch (only the last may be smaller). */
        int sizeOf(int batchIndex);

        /**
         * Writes batch {@code batchIndex} of {@code epoch} into {@code valuesOut} (NCHW) and, when
         * not null, its labels into {@code labelsOut}; returns the batch's size (the last may be smaller).
         */
        int fill(int epoch, int batchIndex, float[] valuesOut, int[] labelsOut);
    }

    /** Data of this shape and class count with no examples: enough to rebuild a saved model. */
    static TrainingData shapeOnly(String name, ImageShape shape, int classCount) {
        return new TrainingData() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public ImageShape shape() {
                return shape;
            }

            @Override
            public int classCount() {
                return classCount;
            }

            @Override
            public Batches batches(int batchSize, long seed) {
                return new Batches() {
                    @Override
                    public int batchesPerEpoch() {
                        return 1;
                    }

                    @Override
                    public int sizeOf(int batchIndex) {
                        return 0;
                    }

                    @Override
                    public int fill(int epoch, int batchIndex, float[] valuesOut, int[] labelsOut) {
                        throw new IllegalStateException(name + " holds no examples to train on");
                    }
                };
            }
        };
    }

    /** An in-memory image data set, shuffled every epoch. */
    public static TrainingData of(ImageDataset data) {
        return new TrainingData() {
            @Override
            public String name() {
                return data.name();
            }

            @Override
            public ImageShape shape() {
                return new ImageShape(data.channels(), data.height(), data.width());
            }

            @Override
            public int classCount() {
                return data.classCount();
            }

            @Override
            public DataFingerprint fingerprint() {
                return DataFingerprint.of(data);
            }

            @Override
            public Batches batches(int batchSize, long seed) {
                BatchIterator iterator = new BatchIterator(data, batchSize, seed);
                return new Batches() {
                    @Override
                    public int batchesPerEpoch() {
                        return iterator.batchesPerEpoch();
                    }

                    @Override
                    public int sizeOf(int batchIndex) {
                        return iterator.sizeOf(batchIndex);
                    }

                    @Override
                    public int fill(int epoch, int batchIndex, float[] valuesOut, int[] labelsOut) {
                        return iterator.fill(epoch, batchIndex, valuesOut, labelsOut);
                    }
                };
            }
        };
    }

    /**
     * These batches without an epoch's final batch when it holds a single example. BatchNorm
     * cannot normalise one example (its variance is 0: the output is β, the gradient 0, and the
     * running variance is dragged towards 0), so models with BatchNorm skip it; the example is
     * in another batch next epoch, since the order is reshuffled.
     */
    static Batches withoutSingleExampleTail(Batches batches) {
        int count = batches.batchesPerEpoch();
        if (count < 2 || batches.sizeOf(count - 1) > 1) {
            return batches;
        }
        return new Batches() {
            @Override
            public int batchesPerEpoch() {
                return count - 1;
            }

            @Override
            public int sizeOf(int batchIndex) {
                return batches.sizeOf(java.util.Objects.checkIndex(batchIndex, count - 1));
            }

            @Override
            public int fill(int epoch, int batchIndex, float[] valuesOut, int[] labelsOut) {
                return batches.fill(epoch, java.util.Objects.checkIndex(batchIndex, count - 1), valuesOut, labelsOut);
            }
        };
    }
}
