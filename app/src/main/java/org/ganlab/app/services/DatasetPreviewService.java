package org.ganlab.app.services;

import java.io.IOException;
import java.util.Random;
import java.util.SplittableRandom;
import org.ganlab.app.model.GridImage;
import org.ganlab.app.model.SampleLayout;
import org.ganlab.engine.data.DatasetCatalog;
import org.ganlab.engine.data.DatasetSpec;
import org.ganlab.engine.data.ImageDataset;
import org.ganlab.engine.data.ImageFolderListener;
import org.ganlab.engine.data.ImageFolderLoader;
import org.ganlab.engine.data.ImageFolderReport;
import org.ganlab.engine.data.LoadedImageFolder;
import org.ganlab.engine.export.PointPlot;
import org.ganlab.engine.toy.ToyDistribution;

/** Real training examples for the preview beside the generated grid: images, or a scatter of 2-D points. */
public final class DatasetPreviewService {

    /**
     * The preview and, for an image folder, the report of its loading (null otherwise).
     *
     * @param caption e.g. "64 random MNIST training images"
     */
    public record Preview(GridImage grid, String caption, ImageFolderReport report) {}

    /** {@code count} images drawn at random (fixed seed), or 1,000 points of a 2-D set; blocking. */
    public Preview preview(String dataset, int count, int columns, ImageFolderListener listener) throws IOException {
        if (ToyDistribution.isToy(dataset)) {
            float[] xy = ToyDistribution.named(dataset).sample(new SplittableRandom(7), 1000);
            return new Preview(GridImage.of(PointPlot.render(xy, SampleLayout.SCATTER_SIZE)),
                    "1,000 points drawn from " + dataset, null);
        }
        DatasetSpec spec = DatasetCatalog.checkName(dataset);
        if (spec.kind() == DatasetSpec.Kind.IMAGE_FOLDER) {
            LoadedImageFolder loaded = ImageFolderLoader.load(spec.folder(), spec.imageSize(), listener);
            ImageDataset data = loaded.dataset();
            return new Preview(grid(data, Math.min(count, data.count()), columns),
                    Math.min(count, data.count()) + " random images of " + spec.name(), loaded.report());
        }
        ImageDataset data = DatasetCatalog.load(dataset, DatasetCatalog.defaultAssetsDir());
        return new Preview(grid(data, count, columns), count + " random " + dataset.toUpperCase() + " training images", null);
    }

    /** A grid of {@code count} images drawn at random (fixed seed) from the data set. */
    public GridImage grid(String dataset, int count, int columns) throws IOException {
        return preview(dataset, count, columns, ImageFolderListener.NONE).grid();
    }

    private static GridImage grid(ImageDataset data, int count, int columns) {
        int per = data.pixelsPerImage();
        byte[] pixels = new byte[count * per];
        Random random = new Random(7);
        for (int i = 0; i < count; i++) {
            int image = random.nextInt(data.count());
            for (int p = 0; p < per; p++) {
                pixels[i * per + p] = (byte) data.pixel(image, p);
            }
        }
        return GridImage.ofBytes(pixels, count, data.channels(), data.height(), data.width(), columns);
    }
}
