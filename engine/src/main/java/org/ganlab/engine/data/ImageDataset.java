package org.ganlab.engine.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable set of equally sized images, optionally labelled: on the heap, or (for image
 * folders, which may exceed the 2 GiB one array holds) memory-mapped from a cache file.
 *
 * <p>Pixels are unsigned bytes (0..255) laid out NCHW: image after image, within an image channel
 * after channel, within a channel row-major. Networks see them scaled to [-1, 1] by
 * {@code v / 127.5f - 1f}, so 0 becomes exactly -1 and 255 exactly 1 (see {@link #scaledPixel}).
 *
 * <p>Labels, when present, are unsigned bytes in {@code 0..classCount-1}; an unlabelled data set has
 * {@code labels() == null} and {@code classCount() == 0}.
 *
 * <p>The public constructor copies its arrays. Instances are safe to share between threads.
 */
public final class ImageDataset {

    // v / 127.5f - 1f for every byte value: a table keeps copyScaled() a plain array walk.
    private static final float[] SCALED = new float[256];

    static {
        for (int v = 0; v < 256; v++) {
            SCALED[v] = v / 127.5f - 1f;
        }
    }

    private final String name;
    private final int count;
    private final int channels;
    private final int height;
    private final int width;
    private final PixelStore pixels;
    private final byte[] labels;
    private final int classCount;

    /**
     * Creates a data set from copies of the given arrays.
     *
     * @param name       shown to the user, e.g. {@code "mnist"}
     * @param pixels     {@code count * channels * height * width} bytes, NCHW
     * @param labels     {@code count} bytes, or null when unlabelled
     * @param classCount number of classes (1..256) when labelled, 0 when unlabelled
     * @throws IllegalArgumentException if the shapes do not agree or a label is out of range
     */
    public ImageDataset(String name, int count, int channels, int height, int width,
                        byte[] pixels, byte[] labels, int classCount) {
        this(name, count, channels, height, width, new ArrayPixels(pixels.clone()),
                labels == null ? null : labels.clone(), classCount);
    }

    /** Takes ownership of the arrays without copying; for loaders that just allocated them. */
    static ImageDataset adopting(String name, int count, int channels, int height, int width,
                                 byte[] pixels, byte[] labels, int classCount) {
        return new ImageDataset(name, count, channels, height, width, new ArrayPixels(pixels), labels,
                classCount);
    }

    /** An unlabelled set over pixels that live elsewhere, e.g. a memory-mapped cache file. */
    static ImageDataset over(String name, int count, int channels, int height, int width, PixelStore pixels) {
        return new ImageDataset(name, count, channels, height, width, pixels, null, 0);
    }

    private ImageDataset(String name, int count, int channels, int height, int width,
                         PixelStore pixels, byte[] labels, int classCount) {
        this.name = Objects.requireNonNull(name, "name");
        this.count = count;
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.pixels = Objects.requireNonNull(pixels, "pixels");
        this.labels = labels;
        this.classCount = classCount;
        checkShape();
        checkLabels();
    }

    private void checkShape() {
        if (count <= 0 || channels <= 0 || height <= 0 || width <= 0) {
            throw new IllegalArgumentException(name + ": count, channels, height and width must be"
                    + " positive, not " + count + "x" + channels + "x" + height + "x" + width);
        }
        long expected = (long) count * channels * height * width;
        if (pixels.size() != expected) {
            throw new IllegalArgumentException(name + ": " + count + " images of " + channels + "x"
                    + height + "x" + width + " need " + expected + " pixel bytes, not " + pixels.size());
        }
    }

    private void checkLabels() {
        if (labels == null) {
            if (classCount != 0) {
                throw new IllegalArgumentException(name + ": classCount must be 0 without labels");
            }
            return;
        }
        if (labels.length != count) {
            throw new IllegalArgumentException(
                    name + ": " + count + " images but " + labels.length + " labels");
        }
        if (classCount < 1 || classCount > 256) {
            throw new IllegalArgumentException(name + ": classCount must be 1..256, not " + classCount);
        }
        for (int i = 0; i < count; i++) {
            if ((labels[i] & 0xff) >= classCount) {
                throw new IllegalArgumentException(name + ": label " + (labels[i] & 0xff)
                        + " of image " + i + " is not below classCount " + classCount);
            }
        }
    }

    public String name() {
        return name;
    }

    public int count() {
        return count;
    }

    public int channels() {
        return channels;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** Number of classes, or 0 when unlabelled. */
    public int classCount() {
        return classCount;
    }

    public boolean isLabeled() {
        return labels != null;
    }

    /** Values per image: {@code channels * height * width}. */
    public int pixelsPerImage() {
        return channels * height * width;
    }

    /**
     * A copy of all pixels (NCHW, unsigned bytes). Large: prefer {@link #copyScaled}.
     *
     * @throws IllegalStateException when the set holds more bytes than one array can
     */
    public byte[] pixels() {
        if (pixels.size() > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(name + " holds " + pixels.size()
                    + " pixel bytes, more than one array can; read it image by image");
        }
        byte[] copy = new byte[(int) pixels.size()];
        pixels.read(0, copy, 0, copy.length);
        return copy;
    }

    /** A copy of the labels, or null when unlabelled. */
    public byte[] labels() {
        return labels == null ? null : labels.clone();
    }

    /** The raw value 0..255 of value {@code index} (0 ≤ index &lt; pixelsPerImage) of an image. */
    public int pixel(int image, int index) {
        return pixels.get(offsetOf(image, index)) & 0xff;
    }

    /** The same value scaled to [-1, 1]: {@code pixel / 127.5f - 1f}. */
    public float scaledPixel(int image, int index) {
        return SCALED[pixels.get(offsetOf(image, index)) & 0xff];
    }

    /** Writes the {@link #pixelsPerImage()} scaled values of one image to {@code dest[destOffset..]}. */
    public void copyScaled(int image, float[] dest, int destOffset) {
        int size = pixelsPerImage();
        Objects.checkIndex(image, count);
        Objects.checkFromIndexSize(destOffset, size, dest.length);
        byte[] raw = new byte[size];
        pixels.read((long) image * size, raw, 0, size);
        for (int i = 0; i < size; i++) {
            dest[destOffset + i] = SCALED[raw[i] & 0xff];
        }
    }

    /** The label 0..classCount-1 of an image. @throws IllegalStateException when unlabelled */
    public int label(int image) {
        if (labels == null) {
            throw new IllegalStateException(name + " has no labels");
        }
        return labels[Objects.checkIndex(image, count)] & 0xff;
    }

    /** The first {@code n} images (1 ≤ n); the whole set when n ≥ count. Keeps classCount. */
    public ImageDataset firstN(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, not " + n);
        }
        if (n >= count) {
            return this;
        }
        int size = pixelsPerImage();
        return new ImageDataset(name + " (first " + n + ")", n, channels, height, width,
                pixels.head((long) n * size), labels == null ? null : Arrays.copyOf(labels, n),
                classCount);
    }

    /**
     * The images with one label, in their original order. Keeps classCount, so a conditional model
     * trained on the subset still has the right number of classes.
     *
     * @throws IllegalStateException    when unlabelled
     * @throws IllegalArgumentException when no image has that label
     */
    public ImageDataset onlyLabel(int label) {
        int matches = countLabel(label);
        if (matches == 0) {
            throw new IllegalArgumentException(name + " has no images with label " + label);
        }
        int size = pixelsPerImage();
        byte[] subPixels = new byte[Math.multiplyExact(matches, size)];
        byte[] subLabels = new byte[matches];
        int next = 0;
        for (int i = 0; i < count; i++) {
            if ((labels[i] & 0xff) == label) {
                pixels.read((long) i * size, subPixels, next * size, size);
                subLabels[next++] = labels[i];
            }
        }
        return adopting(name + " (label " + label + ")", matches, channels, height, width,
                subPixels, subLabels, classCount);
    }

    private int countLabel(int label) {
        if (labels == null) {
            throw new IllegalStateException(name + " has no labels");
        }
        int matches = 0;
        for (byte b : labels) {
            if ((b & 0xff) == label) {
                matches++;
            }
        }
        return matches;
    }

    private long offsetOf(int image, int index) {
        Objects.checkIndex(image, count);
        int size = pixelsPerImage();
        return (long) image * size + Objects.checkIndex(index, size);
    }

    @Override
    public String toString() {
        return name + ": " + count + " images of " + channels + "x" + height + "x" + width
                + (labels == null ? ", unlabelled" : ", " + classCount + " classes");
    }
}
