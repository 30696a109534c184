package org.ganlab.app.model;

import java.util.List;
import org.ganlab.engine.export.PointPlot;
import org.ganlab.engine.train.Samples;

/**
 * How a run's sample grids are laid out: 8×8 images for unconditional models, one row per class
 * (the same noise down each column) for conditional ones, and a scatter plot for 2-D point runs.
 *
 * @param dataset     the run's data set, which names the classes
 * @param conditional one row per class, labelled with the class
 * @param points      2-D runs, whose "samples" are points drawn as a scatter
 */
public record SampleLayout(String dataset, boolean conditional, boolean points) {

    public static final int COLUMNS = 8;
    public static final SampleLayout PLAIN = new SampleLayout("", false, false);
    /** Pixels of a 2-D run's scatter snapshot. */
    public static final int SCATTER_SIZE = 320;

    /** The layout of a run's grids, from its data set and model. */
    public static SampleLayout of(String dataset, String model) {
        return new SampleLayout(dataset, ModelRules.isConditional(model), ModelRules.isPoints(dataset));
    }

    /** A rendered grid: the image, its tiles per row, and a label per row (conditional grids only). */
    public record Rendered(GridImage image, int columns, List<String> rowLabels) {
        public Rendered {
            rowLabels = List.copyOf(rowLabels);
        }
    }

    /** The grid of one SamplesGenerated event under this layout. */
    public Rendered render(Samples samples) {
        if (points || (samples.height() == 1 && samples.width() == 2)) {
            return new Rendered(GridImage.of(PointPlot.render(samples.values(), SCATTER_SIZE)), 1, List.of());
        }
        if (conditional) {
            int k = Math.max(1, (int) Math.round(Math.sqrt(samples.count())));
            return new Rendered(GridImage.of(samples, k), k, ClassNames.of(dataset, k));
        }
        return new Rendered(GridImage.of(samples, COLUMNS), COLUMNS, List.of());
    }

    /** A grid read back from a run folder's snapshot PNG, with this layout's tiles and row labels. */
    public Rendered reopened(GridImage image) {
        if (points) {
            return new Rendered(image, 1, List.of());
        }
        return conditional ? new Rendered(image, 10, ClassNames.of(dataset, 10)) : new Rendered(image, COLUMNS, List.of());
    }
}
