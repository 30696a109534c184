package org.ganlab.app.viewmodels;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.ganlab.app.model.GridImage;

/**
 * The sample grid: the latest 8×8 grid from the run's fixed noise, a zoom onto one cell (which
 * follows new grids, so a student can watch one digit form), and the real images beside it.
 */
public final class SamplesViewModel {

    public static final int COLUMNS = 8;

    private final ReadOnlyObjectWrapper<GridImage> grid = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper("No samples yet: press Train");
    private final ReadOnlyObjectWrapper<GridImage> realGrid = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper realCaption = new ReadOnlyStringWrapper("Loading real images…");
    private final BooleanProperty showReal = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<GridImage> zoomed = new ReadOnlyObjectWrapper<>();
    private int zoomCell = -1;

    // ---- Properties

    public ReadOnlyObjectProperty<GridImage> gridProperty() { return grid.getReadOnlyProperty(); }

    public ReadOnlyStringProperty captionProperty() { return caption.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<GridImage> realGridProperty() { return realGrid.getReadOnlyProperty(); }

    public ReadOnlyStringProperty realCaptionProperty() { return realCaption.getReadOnlyProperty(); }

    /** Whether real training images are shown beside the generated ones. */
    public BooleanProperty showRealProperty() { return showReal; }

    /** One cell of the grid, enlarged; null when not zoomed. */
    public ReadOnlyObjectProperty<GridImage> zoomedProperty() { return zoomed.getReadOnlyProperty(); }

    public GridImage getGrid() { return grid.get(); }

    public int zoomCell() { return zoomCell; }

    // ---- Commands

    public void show(GridImage image, String text) {
        grid.set(image);
        caption.set(text);
        updateZoom();
    }

    public void showReal(GridImage image, String text) {
        realGrid.set(image);
        realCaption.set(text);
    }

    public void realLoading(String message) {
        realCaption.set(message);
    }

    public void realFailed(String message) {
        realGrid.set(null);
        realCaption.set(message);
    }

    /** Zooms onto the cell under a point given as fractions (0–1) of the grid's width and height. */
    public void zoomAt(double fx, double fy) {
        int col = clamp((int) (fx * COLUMNS));
        int row = clamp((int) (fy * COLUMNS));
        zoomCell = row * COLUMNS + col;
        updateZoom();
    }

    public void unzoom() {
        zoomCell = -1;
        zoomed.set(null);
    }

    public void clear() {
        grid.set(null);
        caption.set("No samples yet: press Train");
        unzoom();
    }

    private void updateZoom() {
        GridImage g = grid.get();
        if (zoomCell < 0 || g == null) {
            zoomed.set(null);
            return;
        }
        zoomed.set(cell(g, zoomCell));
    }

    /** The pixels of one cell of an 8×8 grid, padding trimmed. */
    static GridImage cell(GridImage g, int index) {
        int cw = g.width() / COLUMNS;
        int ch = g.height() / COLUMNS;
        int x = (index % COLUMNS) * g.width() / COLUMNS;
        int y = (index / COLUMNS) * g.height() / COLUMNS;
        int pad = Math.min(GridImage.PADDING, Math.max(0, Math.min(cw, ch) / 10));
        return g.crop(x + pad, y + pad, Math.max(1, cw - pad), Math.max(1, ch - pad));
    }

    private static int clamp(int i) {
        return Math.max(0, Math.min(COLUMNS - 1, i));
    }
}
