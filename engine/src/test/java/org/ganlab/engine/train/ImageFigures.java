package org.ganlab.engine.train;

import org.ganlab.engine.data.ImageDataset;

/** What the learning tests measure on images: mean images and their correlation. */
final class ImageFigures {

    private ImageFigures() {
    }

    /** The pixel-wise mean of a data set's images, scaled to [-1, 1] like G's output. */
    static float[] meanImage(ImageDataset data) {
        float[] mean = new float[data.pixelsPerImage()];
        float[] one = new float[data.pixelsPerImage()];
        for (int i = 0; i < data.count(); i++) {
            data.copyScaled(i, one, 0);
            for (int p = 0; p < one.length; p++) {
                mean[p] += one[p] / data.count();
            }
        }
        return mean;
    }

    static float[] meanOf(Samples s) {
        float[] mean = new float[s.valuesPerImage()];
        for (int i = 0; i < s.values().length; i++) {
            mean[i % mean.length] += s.values()[i] / s.count();
        }
        return mean;
    }

    /** Pearson's correlation of two images' pixels. */
    static double correlation(float[] a, float[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i] / a.length;
            mb += b[i] / b.length;
        }
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (a[i] - ma) * (b[i] - mb);
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
        }
        return cov / Math.sqrt(va * vb);
    }
}
