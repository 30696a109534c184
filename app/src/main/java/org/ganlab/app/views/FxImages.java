package org.ganlab.app.views;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.ganlab.app.model.GridImage;

/** Turns the app's plain pixel grids into JavaFX images, without javafx-swing. */
public final class FxImages {

    private FxImages() {
    }

    /** The grid with each pixel repeated {@code scale} times, so scaled views stay crisp; one pixel write. */
    public static WritableImage of(GridImage grid, int scale) {
        int w = grid.width() * scale;
        int h = grid.height() * scale;
        int[] src = grid.argb();
        int[] scaled = scale == 1 ? src : new int[w * h];
        for (int y = 0; scale > 1 && y < grid.height(); y++) {
            int row = y * scale * w;
            for (int x = 0; x < w; x++) {
                scaled[row + x] = src[y * grid.width() + x / scale];
            }
            for (int r = 1; r < scale; r++) {
                System.arraycopy(scaled, row, scaled, row + r * w, w);
            }
        }
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), scaled, 0, w);
        return image;
    }
}
