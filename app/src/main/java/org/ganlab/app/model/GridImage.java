package org.ganlab.app.model;

import java.awt.image.BufferedImage;
import org.ganlab.engine.train.Samples;

/**
 * An image as plain ARGB pixels, safe to keep and hand between threads. The app keeps sample
 * grids in this form: views turn it into a JavaFX image, exports into a {@link BufferedImage}.
 *
 * @param width  pixels per row
 * @param height rows
 * @param argb   row-major pixels, never modified after construction
 */
public record GridImage(int width, int height, int[] argb) {

    /** Space between tiles, and the colour it is painted with. */
    public static final int PADDING = 2;
    private static final int GAP = 0xFF20242C;

    public GridImage {
        if (argb.length != width * height) {
            throw new IllegalArgumentException(width + "x" + height + " needs " + width * height
                    + " pixels, got " + argb.length);
        }
    }

    /** Tiles the first {@code columns * rows} images of {@code samples} (values in [-1, 1]). */
    public static GridImage of(Samples samples, int columns) {
        int count = samples.count();
        int rows = Math.max(1, (count + columns - 1) / columns);
        int cols = Math.min(columns, Math.max(1, count));
        int h = samples.height();
        int w = samples.width();
        int width = cols * w + (cols + 1) * PADDING;
        int height = rows * h + (rows + 1) * PADDING;
        int[] px = new int[width * height];
        java.util.Arrays.fill(px, GAP);
        float[] v = samples.values();
        int plane = h * w;
        for (int i = 0; i < count; i++) {
            int x0 = PADDING + (i % cols) * (w + PADDING);
            int y0 = PADDING + (i / cols) * (h + PADDING);
            int base = i * samples.valuesPerImage();
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int o = base + y * w + x;
                    int r = level(v[o]);
                    int g = samples.channels() >= 3 ? level(v[o + plane]) : r;
                    int b = samples.channels() >= 3 ? level(v[o + 2 * plane]) : r;
                    px[(y0 + y) * width + x0 + x] = 0xFF000000 | r << 16 | g << 8 | b;
                }
            }
        }
        return new GridImage(width, height, px);
    }

    /** One image of {@code samples}, without padding. */
    public static GridImage single(Samples samples, int index) {
        float[] one = samples.image(index);
        Samples s = new Samples(1, samples.channels(), samples.height(), samples.width(), one);
        GridImage padded = of(s, 1);
        return padded.crop(PADDING, PADDING, samples.width(), samples.height());
    }

    /** Tiles grey or RGB uint8 pixels (image-major, then channel, row, column). */
    public static GridImage ofBytes(byte[] pixels, int count, int channels, int h, int w, int columns) {
        float[] values = new float[count * channels * h * w];
        for (int i = 0; i < values.length; i++) {
            values[i] = (pixels[i] & 0xFF) / 127.5f - 1f;
        }
        return of(new Samples(count, channels, h, w, values), columns);
    }

    public static GridImage of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        return new GridImage(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    }

    public BufferedImage toBufferedImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        return image;
    }

    public GridImage crop(int x, int y, int w, int h) {
        int[] px = new int[w * h];
        for (int row = 0; row < h; row++) {
            System.arraycopy(argb, (y + row) * width + x, px, row * w, w);
        }
        return new GridImage(w, h, px);
    }

    /**
     * This image shrunk to fit {@code max} pixels a side (kept as is when it fits), each pixel
     * the average of the pixels it covers, so thumbnails of digits stay legible.
     */
    public GridImage shrunkTo(int max) {
        if (width <= max && height <= max) {
            return this;
        }
        double scale = Math.max(width, height) / (double) max;
        int w = Math.max(1, (int) Math.round(width / scale));
        int h = Math.max(1, (int) Math.round(height / scale));
        int[] px = new int[w * h];
        for (int y = 0; y < h; y++) {
            int y0 = y * height / h;
            int y1 = Math.max(y0 + 1, (y + 1) * height / h);
            for (int x = 0; x < w; x++) {
                px[y * w + x] = average(x * width / w, Math.max(x * width / w + 1, (x + 1) * width / w), y0, y1);
            }
        }
        return new GridImage(w, h, px);
    }

    private int average(int x0, int x1, int y0, int y1) {
        int r = 0;
        int g = 0;
        int b = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int p = argb[y * width + x];
                r += p >> 16 & 0xFF;
                g += p >> 8 & 0xFF;
                b += p & 0xFF;
            }
        }
        int n = (x1 - x0) * (y1 - y0);
        return 0xFF000000 | (r / n) << 16 | (g / n) << 8 | b / n;
    }

    private static int level(float value) {
        int l = Math.round((value + 1f) * 127.5f);
        return l < 0 ? 0 : Math.min(255, l);
    }
}
