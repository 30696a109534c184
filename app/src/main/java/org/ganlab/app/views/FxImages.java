package org.ganlab.app.views;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.ganlab.app.model.GridImage;

/** Turns the app's plain pixel grids into JavaFX images, without javafx-swing. */
public final class FxImages {

    private FxImages() {
    }

    /** The grid with each pixel repeated {@code scale} times, so scaled views stay crisp. */
    public static WritableImage of(GridImage grid, int scale) {
        int w = grid.width() * scale;
        int h = grid.height() * scale;
        WritableImage image = new WritableImage(w, h);
        int[] src = grid.argb();
        int[] row = new int[w];
        for (int y = 0; y < grid.height(); y++) {
            for (int x = 0; x < w; x++) {
                row[x] = src[y * grid.width() + x / scale];
            }
            for (int r = 0; r < scale; r++) {
                image.getPixelWriter().setPixels(0, y * scale + r, w, 1,
                        PixelFormat.getIntArgbInstance(), row, 0, w);
            }
        }
        return image;
    }
}
