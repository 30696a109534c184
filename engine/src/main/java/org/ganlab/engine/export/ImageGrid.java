package org.ganlab.engine.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Arrays;
import java.util.Objects;

/**
 * Turns generated samples (floats in [-1, 1], NCHW) into pixels: a tiled grid image for display
 * and export, unsigned bytes for IDX export, and nearest-neighbour enlargements for zoomed views.
 *
 * <p>Conversion to a byte is {@code round((v + 1) * 127.5)} clamped to 0..255 (NaN becomes 0); it
 * exactly inverts the data sets' {@code b / 127.5f - 1f}.
 */
public final class ImageGrid {

    /** Gray level of the padding: dark, yet distinct from the black background of MNIST digits. */
    public static final int PADDING_GRAY = 48;

    private ImageGrid() {
    }

    /**
     * Tiles {@code count} samples left to right, top to bottom, {@code columns} per row (fewer when
     * there are fewer samples), with {@code padding} pixels between neighbouring tiles and none
     * around the edge. Cells after the last sample stay padding-coloured.
     *
     * @param samples at least {@code count * channels * height * width} values in [-1, 1], NCHW;
     *                out-of-range values are clamped
     * @param channels 1 (gives {@code TYPE_BYTE_GRAY}) or 3 (gives {@code TYPE_INT_RGB})
     * @return an image of {@code cols * width + (cols - 1) * padding} by
     *         {@code rows * height + (rows - 1) * padding} pixels
     */
    public static BufferedImage of(float[] samples, int count, int channels, int height, int width,
                                   int columns, int padding) {
        checkArguments(samples, count, channels, height, width, columns, padding);
        int cols = Math.min(columns, count);
        int rows = (count + cols - 1) / cols;
        int gridWidth = cols * width + (cols - 1) * padding;
        int gridHeight = rows * height + (rows - 1) * padding;
        int type = channels == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB;
        BufferedImage grid = new BufferedImage(gridWidth, gridHeight, type);
        Tiling tiling = new Tiling(cols, height, width, padding, gridWidth);
        if (channels == 1) {
            drawGray(samples, count, tiling, ((DataBufferByte) grid.getRaster().getDataBuffer()).getData());
        } else {
            drawRgb(samples, count, tiling, ((DataBufferInt) grid.getRaster().getDataBuffer()).getData());
        }
        return grid;
    }

    /** Where tile {@code t}'s pixel (y, x) lands in the grid's row-major pixel array. */
    private record Tiling(int cols, int height, int width, int padding, int gridWidth) {
        int offset(int tile, int y, int x) {
            int top = (tile / cols) * (height + padding);
            int left = (tile % cols) * (width + padding);
            return (top + y) * gridWidth + left + x;
        }
    }

    private static void drawGray(float[] samples, int count, Tiling t, byte[] out) {
        Arrays.fill(out, (byte) PADDING_GRAY);
        int plane = t.height() * t.width();
        for (int tile = 0; tile < count; tile++) {
            for (int y = 0; y < t.height(); y++) {
                int src = tile * plane + y * t.width();
                int dst = t.offset(tile, y, 0);
                for (int x = 0; x < t.width(); x++) {
                    out[dst + x] = (byte) toUint8(samples[src + x]);
                }
            }
        }
    }

    private static void drawRgb(float[] samples, int count, Tiling t, int[] out) {
        Arrays.fill(out, PADDING_GRAY * 0x010101);
        int plane = t.height() * t.width();
        for (int tile = 0; tile < count; tile++) {
            for (int y = 0; y < t.height(); y++) {
                int red = tile * 3 * plane + y * t.width();
                int dst = t.offset(tile, y, 0);
                for (int x = 0; x < t.width(); x++) {
                    int r = toUint8(samples[red + x]);
                    int g = toUint8(samples[red + plane + x]);
                    int b = toUint8(samples[red + 2 * plane + x]);
                    out[dst + x] = r << 16 | g << 8 | b;
                }
            }
        }
    }

    private static void checkArguments(float[] samples, int count, int channels, int height,
                                       int width, int columns, int padding) {
        Objects.requireNonNull(samples, "samples");
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3, not " + channels);
        }
        if (count < 1 || height < 1 || width < 1 || columns < 1 || padding < 0) {
            throw new IllegalArgumentException("need count, height, width, columns ≥ 1 and padding ≥ 0;"
                    + " got " + count + ", " + height + ", " + width + ", " + columns + ", " + padding);
        }
        long needed = (long) count * channels * height * width;
        if (samples.length < needed) {
            throw new IllegalArgumentException(count + " samples of " + channels + "x" + height + "x"
                    + width + " need " + needed + " values; got " + samples.length);
        }
    }

    /** One value in [-1, 1] as 0..255: {@code round((v + 1) * 127.5)}, clamped; NaN gives 0. */
    public static int toUint8(float v) {
        int b = Math.round((v + 1f) * 127.5f);
        return Math.max(0, Math.min(255, b));
    }

    /** Every value of {@code samples} as an unsigned byte, e.g. for {@code IdxExport}. */
    public static byte[] toUint8(float[] samples) {
        return toUint8(samples, 0, samples.length);
    }

    /** Values {@code from .. from+length-1} of {@code samples} as unsigned bytes. */
    public static byte[] toUint8(float[] samples, int from, int length) {
        Objects.checkFromIndexSize(from, length, samples.length);
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) toUint8(samples[from + i]);
        }
        return out;
    }

    /**
     * Enlarges an image {@code factor} times in each direction by repeating pixels (no smoothing,
     * so pixel art stays crisp). The result has the same type and colour model as the input.
     */
    public static BufferedImage scaleUp(BufferedImage image, int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("factor must be at least 1, not " + factor);
        }
        int w = image.getWidth();
        int h = image.getHeight();
        WritableRaster big = image.getRaster().createCompatibleWritableRaster(w * factor, h * factor);
        copyScaled(image.getRaster(), big, factor);
        return new BufferedImage(image.getColorModel(), big, image.isAlphaPremultiplied(), null);
    }

    /** Row by row: widen one source row once, then write it {@code factor} times. */
    private static void copyScaled(Raster src, WritableRaster dst, int factor) {
        int w = src.getWidth();
        int bands = src.getNumBands();
        int[] row = new int[w * bands];
        int[] wide = new int[w * factor * bands];
        for (int y = 0; y < src.getHeight(); y++) {
            src.getPixels(0, y, w, 1, row);
            for (int x = 0; x < w * factor; x++) {
                System.arraycopy(row, (x / factor) * bands, wide, x * bands, bands);
            }
            for (int k = 0; k < factor; k++) {
                dst.setPixels(0, y * factor + k, w * factor, 1, wide);
            }
        }
    }
}
