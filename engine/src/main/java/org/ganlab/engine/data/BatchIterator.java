package org.ganlab.engine.data;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Cuts each epoch of an {@link ImageDataset} into shuffled mini-batches.
 *
 * <p>The order of an epoch is a permutation that depends only on {@code (seed, epoch)}, so a run
 * resumed at epoch {@code e} sees exactly the batches an uninterrupted run would have seen. Every
 * image appears exactly once per epoch; the last batch holds the remainder and may be smaller
 * ({@link #batchesPerEpoch()} rounds up).
 *
 * <p>Call order: any sequence of {@link #fill} calls, usually batch 0..n-1 of one epoch, then the
 * next epoch. The permutation of the most recent epoch is cached, so {@code fill} costs O(batch)
 * while the epoch stays the same. Safe to use from several threads (the cache is an immutable
 * snapshot), though a training loop normally owns its iterator.
 *
 * <p>The shuffle (Fisher–Yates driven by {@link SplittableRandom} seeded with
 * {@link #mix(long, int)}) is part of the checkpoint contract: changing it changes what a resumed
 * run trains on.
 */
public final class BatchIterator {

    private final ImageDataset data;
    private final int batchSize;
    private final long seed;
    private volatile EpochOrder cached;

    /** One epoch's permutation; never modified after construction. */
    private record EpochOrder(int epoch, int[] order) {
    }

    /**
     * @param data      the images to iterate over
     * @param batchSize images per batch, at least 1 (larger than the data set means one batch)
     * @param seed      the run's seed; with the epoch number it fixes the order
     */
    public BatchIterator(ImageDataset data, int batchSize, long seed) {
        this.data = Objects.requireNonNull(data, "data");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, not " + batchSize);
        }
        this.batchSize = batchSize;
        this.seed = seed;
    }

    public ImageDataset data() {
        return data;
    }

    public int batchSize() {
        return batchSize;
    }

    /** Batches per epoch: {@code ceil(count / batchSize)}, the last partial batch included. */
    public int batchesPerEpoch() {
        return (data.count() + batchSize - 1) / batchSize;
    }

    /** Images in batch {@code batchIndex}: {@code batchSize}, except possibly for the last one. */
    public int sizeOf(int batchIndex) {
        Objects.checkIndex(batchIndex, batchesPerEpoch());
        return Math.min(batchSize, data.count() - batchIndex * batchSize);
    }

    /** The image indices of epoch {@code epoch} (≥ 0) in the order they are served; a copy. */
    public int[] order(int epoch) {
        return orderOf(epoch).clone();
    }

    /**
     * Fills one batch.
     *
     * @param pixelsOut receives {@code size * pixelsPerImage} values in [-1, 1], NCHW
     * @param labelsOut receives {@code size} labels, or null to skip them
     * @return the batch's size: {@code batchSize}, or fewer for the last batch of an epoch
     * @throws IllegalStateException if labels are requested from an unlabelled data set
     */
    public int fill(int epoch, int batchIndex, float[] pixelsOut, int[] labelsOut) {
        int size = sizeOf(batchIndex);
        int perImage = data.pixelsPerImage();
        checkCapacity("pixelsOut", pixelsOut.length, (long) size * perImage);
        if (labelsOut != null) {
            checkCapacity("labelsOut", labelsOut.length, size);
            if (!data.isLabeled()) {
                throw new IllegalStateException(data.name() + " has no labels to fill labelsOut");
            }
        }
        int[] order = orderOf(epoch);
        int first = batchIndex * batchSize;
        for (int i = 0; i < size; i++) {
            int image = order[first + i];
            data.copyScaled(image, pixelsOut, i * perImage);
            if (labelsOut != null) {
                labelsOut[i] = data.label(image);
            }
        }
        return size;
    }

    private int[] orderOf(int epoch) {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must be ≥ 0, not " + epoch);
        }
        EpochOrder current = cached;
        if (current == null || current.epoch() != epoch) {
            current = new EpochOrder(epoch, shuffle(data.count(), mix(seed, epoch)));
            cached = current;
        }
        return current.order();
    }

    /** A Fisher–Yates permutation of 0..n-1. */
    static int[] shuffle(int n, long streamSeed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(streamSeed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /**
     * Derives an epoch's shuffle seed from the run seed. SplitMix64's finaliser makes neighbouring
     * epochs (and neighbouring run seeds) give unrelated streams.
     */
    static long mix(long seed, int epoch) {
        long z = seed + 0x9E3779B97F4A7C15L * (epoch + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static void checkCapacity(String what, int length, long needed) {
        if (length < needed) {
            throw new IllegalArgumentException(what + " holds " + length + " values; the batch needs "
                    + needed);
        }
    }
}
