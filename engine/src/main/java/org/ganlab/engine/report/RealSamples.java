package org.ganlab.engine.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.ganlab.engine.data.DatasetCatalog;
import org.ganlab.engine.data.ImageDataset;
import org.ganlab.engine.export.ImageGrid;
import org.ganlab.engine.export.PointPlot;
import org.ganlab.engine.toy.ToyDistribution;

/**
 * What the generator was trying to imitate, drawn like its samples so the two sit side by side:
 * the first images of the run's data set (of its test split, when it has one) as a grid, or for
 * a 2-D toy set a scatter of its points.
 */
final class RealSamples {

    static final int IMAGES = 64;
    static final int POINTS = 1000;
    private static final int COLUMNS = 8;
    private static final int PADDING = 2;
    private static final int PLOT_SIZE = 256;

    private RealSamples() {
    }

    /**
     * @throws IOException              when the data set is not on this computer (the message says so)
     * @throws IllegalArgumentException for a data set name this version does not know
     */
    static BufferedImage of(String dataset) throws IOException {
        if (ToyDistribution.isToy(dataset)) {
            float[] xy = ToyDistribution.named(dataset).sample(new SplittableRandom(1), POINTS);
            return PointPlot.render(xy, PLOT_SIZE);
        }
        ImageDataset data = load(dataset);
        int count = Math.min(IMAGES, data.count());
        int size = data.pixelsPerImage();
        float[] values = new float[count * size];
        for (int i = 0; i < count; i++) {
            data.copyScaled(i, values, i * size);
        }
        return ImageGrid.of(values, count, data.channels(), data.height(), data.width(), COLUMNS, PADDING);
    }

    /** An IDX set's test split when it has one: a sixth of the training split, as real, read faster. */
    private static ImageDataset load(String dataset) throws IOException {
        Path assets = DatasetCatalog.defaultAssetsDir();
        if (DatasetCatalog.checkName(dataset).isIdx()) {
            try {
                return DatasetCatalog.loadTest(dataset, assets);
            } catch (NoSuchFileException e) {
                // a folder with the training files only: show those
            }
        }
        return DatasetCatalog.load(dataset, assets);
    }
}
