package org.ganlab.app.services;

import java.io.IOException;
import java.util.Random;
import org.ganlab.app.model.GridImage;
import org.ganlab.engine.data.DatasetCatalog;
import org.ganlab.engine.data.ImageDataset;

/** Real training images for the preview beside the generated grid. */
public final class DatasetPreviewService {

    /** A grid of {@code count} images drawn at random (fixed seed) from the data set. */
    public GridImage grid(String dataset, int count, int columns) throws IOException {
        ImageDataset data = DatasetCatalog.load(dataset, DatasetCatalog.defaultAssetsDir());
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
