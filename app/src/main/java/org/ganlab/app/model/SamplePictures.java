package org.ganlab.app.model;

import org.ganlab.engine.export.PointPlot;
import org.ganlab.engine.train.Samples;

/**
 * Generated samples as pictures for the generate page: images tiled as a grid, 2-D points (1×2
 * "images") as a scatter on the 2-D lab's fixed axes instead of as grey pixel pairs.
 */
public final class SamplePictures {

    private SamplePictures() {
    }

    /** True when the samples are 2-D points rather than images. */
    public static boolean points(Samples s) {
        return s.channels() == 1 && s.height() == 1 && s.width() == 2;
    }

    /** All samples: a grid of {@code columns} images per row, or one {@code plotSize}² scatter of the points. */
    public static GridImage all(Samples s, int columns, int plotSize) {
        return points(s) ? GridImage.of(PointPlot.render(s.values(), plotSize)) : GridImage.of(s, columns);
    }

    /** Sample {@code index} alone: the image, or a {@code plotSize}² plot of the one point. */
    public static GridImage one(Samples s, int index, int plotSize) {
        return points(s) ? GridImage.of(PointPlot.render(s.image(index), plotSize)) : GridImage.single(s, index);
    }
}
