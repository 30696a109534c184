package org.ganlab.engine.data;

import java.awt.image.BufferedImage;

/**
 * Turns a decoded picture of any size into a square of {@code size × size} RGB bytes: the centred
 * square crop (the largest one that fits), resized by averaging the source pixels each target
 * pixel covers when shrinking (no aliasing from skipped pixels), and by linear interpolation when
 * enlarging. Alpha is dropped, as most image tools do when converting to RGB.
 */
final class SquareImages {

    private SquareImages() {
    }

    /** A decoded image, planar: {@code rgb[c * size * size + y * size + x]}, and whether it is grey. */
    record Square(byte[] rgb, boolean grey) {
    }

    static Square of(BufferedImage image, int size) {
        int side = Math.min(image.getWidth(), image.getHeight());
        int x0 = (image.getWidth() - side) / 2;
        int y0 = (image.getHeight() - side) / 2;
        int[] argb = greyLevels(image, x0, y0, side);
        if (argb == null) {
            argb = image.getRGB(x0, y0, side, side, null, 0, side);
        }
        Weights weights = Weights.of(side, size);
        byte[] out = new byte[3 * size * size];
        for (int c = 0; c < 3; c++) {
            float[] plane = new float[side * side];
            int shift = 16 - 8 * c;
            for (int i = 0; i < plane.length; i++) {
                plane[i] = (argb[i] >> shift) & 0xff;
            }
            float[] resized = weights.resize(plane, side);
            for (int i = 0; i < resized.length; i++) {
                out[c * size * size + i] = (byte) Math.max(0, Math.min(255, Math.round(resized[i])));
            }
        }
        boolean grey = image.getColorModel().getNumColorComponents() == 1 || allChannelsEqual(out, size * size);
        return new Square(out, grey);
    }

    /**
     * A grey image's levels as grey ARGB, read from the raster: {@code getRGB} would convert
     * Java's linear grey colour space to sRGB and brighten mid-greys, which no other tool does.
     */
    private static int[] greyLevels(BufferedImage image, int x0, int y0, int side) {
        int shift = switch (image.getType()) {
            case BufferedImage.TYPE_BYTE_GRAY -> 0;
            case BufferedImage.TYPE_USHORT_GRAY -> 8;
            default -> -1;
        };
        if (shift < 0) {
            return null;
        }
        int[] levels = image.getRaster().getSamples(x0, y0, side, side, 0, (int[]) null);
        for (int i = 0; i < levels.length; i++) {
            int v = levels[i] >> shift;
            levels[i] = 0xff000000 | v << 16 | v << 8 | v;
        }
        return levels;
    }

    private static boolean allChannelsEqual(byte[] rgb, int plane) {
        for (int i = 0; i < plane; i++) {
            if (rgb[i] != rgb[plane + i] || rgb[i] != rgb[2 * plane + i]) {
                return false;
            }
        }
        return true;
    }

    /** For each target index along one axis, the source indices it reads and their weights. */
    private record Weights(int size, int[] first, float[][] weights) {

        static Weights of(int side, int size) {
            int[] first = new int[size];
            float[][] w = new float[size][];
            double scale = (double) side / size;
            for (int o = 0; o < size; o++) {
                if (scale >= 1) {
                    area(o, scale, side, first, w);
                } else {
                    linear(o, scale, side, first, w);
                }
            }
            return new Weights(size, first, w);
        }

        /** Target pixel o covers source [o·scale, (o+1)·scale): each source pixel by its overlap. */
        private static void area(int o, double scale, int side, int[] first, float[][] w) {
            double from = o * scale;
            double to = Math.min(side, (o + 1) * scale);
            int lo = (int) Math.floor(from);
            int hi = (int) Math.ceil(to);
            first[o] = lo;
            w[o] = new float[hi - lo];
            for (int i = lo; i < hi; i++) {
                double overlap = Math.min(to, i + 1) - Math.max(from, i);
                w[o][i - lo] = (float) (overlap / scale);
            }
        }

        /** Enlarging: interpolate between the two source pixels around the target's centre. */
        private static void linear(int o, double scale, int side, int[] first, float[][] w) {
            double centre = Math.max(0, Math.min(side - 1, (o + 0.5) * scale - 0.5));
            int lo = Math.min((int) Math.floor(centre), Math.max(0, side - 2));
            double t = centre - lo;
            first[o] = lo;
            w[o] = side == 1 ? new float[] {1f} : new float[] {(float) (1 - t), (float) t};
        }

        /** Resizes a {@code side × side} plane to {@code size × size}: rows first, then columns. */
        float[] resize(float[] plane, int side) {
            float[] rows = new float[side * size];
            for (int y = 0; y < side; y++) {
                for (int o = 0; o < size; o++) {
                    rows[y * size + o] = dot(plane, y * side + first[o], 1, weights[o]);
                }
            }
            float[] out = new float[size * size];
            for (int o = 0; o < size; o++) {
                for (int x = 0; x < size; x++) {
                    out[o * size + x] = dot(rows, first[o] * size + x, size, weights[o]);
                }
            }
            return out;
        }

        private static float dot(float[] values, int start, int stride, float[] w) {
            float sum = 0;
            for (int i = 0; i < w.length; i++) {
                sum += values[start + i * stride] * w[i];
            }
            return sum;
        }
    }
}
