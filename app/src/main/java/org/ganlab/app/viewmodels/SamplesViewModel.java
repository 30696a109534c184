package org.ganlab.app.viewmodels;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganlab.app.model.GridImage;
import org.ganlab.app.model.SampleLayout;

/**
 * The sample grid: the latest grid from the run's fixed noise (8×8, or one labelled row per class
 * for conditional models, or a scatter for 2-D runs), a zoom onto one cell (which
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
    private final ObservableList<String> rowLabels = FXCollections.observableArrayList();
    private int zoomCell = -1;
    private int columns = COLUMNS;

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

    /** One label per grid row (the class of a conditional model's row); empty for other grids. */
    public ObservableList<String> rowLabels() { return rowLabels; }

    /** Tiles per row of the grid shown. */
    public int columns() { return columns; }

    public int zoomCell() { return zoomCell; }

    // ---- Commands

    public void show(GridImage image, String text) {
        show(new SampleLayout.Rendered(image, COLUMNS, java.util.List.of()), text);
    }

    /** Shows a rendered grid with its layout (tiles per row, row labels). */
    public void show(SampleLayout.Rendered rendered, String text) {
        if (rendered.columns() != columns) {
            unzoom();
        }
        columns = rendered.columns();
        if (!rowLabels.equals(rendered.rowLabels())) {
            rowLabels.setAll(rendered.rowLabels());
        }
        grid.set(rendered.image());
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
        int col = clamp((int) (fx * columns));
        int row = clamp((int) (fy * columns));
        zoomCell = row * columns + col;
        updateZoom();
    }

    public void unzoom() {
        zoomCell = -1;
        zoomed.set(null);
    }

    public void clear() {
        grid.set(null);
        caption.set("No samples yet: press Train");
        rowLabels.clear();
        columns = COLUMNS;
        unzoom();
    }

    private void updateZoom() {
        GridImage g = grid.get();
        if (zoomCell < 0 || g == null) {
            zoomed.set(null);
            return;
        }
        zoomed.set(columns == 1 ? g : cell(g, zoomCell, columns));
    }

    /** The pixels of one cell of a square grid of {@code columns} tiles a row, padding trimmed. */
    static GridImage cell(GridImage g, int index, int columns) {
        int cw = g.width() / columns;
        int ch = g.height() / columns;
        int x = (index % columns) * g.width() / columns;
        int y = (index / columns) * g.height() / columns;
        int pad = Math.min(GridImage.PADDING, Math.max(0, Math.min(cw, ch) / 10));
        return g.crop(x + pad, y + pad, Math.max(1, cw - pad), Math.max(1, ch - pad));
    }

    private int clamp(int i) {
        return Math.max(0, Math.min(columns - 1, i));
    }
}
