package org.ganlab.engine.train;

/**
 * A batch of generated (or real) images as plain values, safe to hand across threads.
 *
 * @param count    number of images
 * @param channels 1 for grey, 3 for colour
 * @param height   pixels per column
 * @param width    pixels per row
 * @param values   pixel values in [-1, 1], image-major then channel, row, column (NCHW);
 *                 never modified after construction
 */
public record Samples(int count, int channels, int height, int width, float[] values) {

    public Samples {
        if (values.length != (long) count * channels * height * width) {
            throw new IllegalArgumentException("expected " + count * channels * height * width
                    + " values for " + count + " images of " + channels + "x" + height + "x" + width
                    + ", got " + values.length);
        }
    }

    public int valuesPerImage() {
        return channels * height * width;
    }

    /** The values of one image, copied. */
    public float[] image(int index) {
        float[] one = new float[valuesPerImage()];
        System.arraycopy(values, index * one.length, one, 0, one.length);
        return one;
    }
}
