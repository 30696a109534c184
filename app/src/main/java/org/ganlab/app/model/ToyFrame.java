package org.ganlab.app.model;

/**
 * One frame of the 2-D lab, from the live generator and discriminator (arrays are never modified).
 *
 * @param iteration the run's iteration when the frame arrived
 * @param generated generated points x0, y0, x1, y1, ... (the same noise every frame, so points move smoothly)
 * @param surface   D's output on a {@code gridSize}×{@code gridSize} grid, row 0 at the top
 *                  (y = +extent), column 0 at the left; null when the heat map is off
 * @param gridSize  cells per side of {@code surface}
 * @param pushAt    points the arrows start from (x, y pairs); null when the arrows are off
 * @param push      per point of {@code pushAt}, the direction G's loss moves it (dx, dy pairs)
 */
public record ToyFrame(long iteration, float[] generated, float[] surface, int gridSize,
                       float[] pushAt, float[] push) {

    /** The plot's fixed extent: both axes run from -EXTENT to EXTENT (engine.export.PointPlot). */
    public static final double EXTENT = org.ganlab.engine.export.PointPlot.EXTENT;

    /** Centres of a {@code size}×{@code size} grid of cells over the plot, in {@link #surface} order. */
    public static float[] gridPoints(int size) {
        float[] xy = new float[2 * size * size];
        double cell = 2 * EXTENT / size;
        for (int row = 0; row < size; row++) {
            for (int col = 0; col < size; col++) {
                int i = row * size + col;
                xy[2 * i] = (float) (-EXTENT + (col + 0.5) * cell);
                xy[2 * i + 1] = (float) (EXTENT - (row + 0.5) * cell);
            }
        }
        return xy;
    }
}
