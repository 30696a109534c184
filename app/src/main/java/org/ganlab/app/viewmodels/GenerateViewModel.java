package org.ganlab.app.viewmodels;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ganlab.app.model.ClassNames;
import org.ganlab.app.model.ModelRules;
import org.ganlab.app.model.SamplePictures;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.ganlab.app.model.GridImage;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.GeneratorService;
import org.ganlab.app.services.RunFolderService;
import org.ganlab.engine.checkpoint.ConfigJson;
import org.ganlab.engine.train.Noise;
import org.ganlab.engine.train.Samples;
import org.ganlab.engine.train.TrainingConfig;

/**
 * The generate page: a fresh 8×8 grid from the current run's generator (or a saved run's), a
 * re-roll, and a slider that walks in a straight line between two latent points. A 2-D run's
 * generator draws points, shown as a scatter like the 2-D lab's. A conditional generator is asked
 * for the chosen class only.
 * At most one request is in flight; slider moves during it are coalesced into one more.
 */
public final class GenerateViewModel {

    /** Images in a grid (8×8). */
    static final int GRID_SAMPLES = 64;
    /** Points a 2-D run draws instead: enough to see the shape of its distribution, as in the 2-D lab. */
    static final int SCATTER_POINTS = 512;
    /** Pixels of a 2-D run's scatter, of its end points A and B, and of the point between. */
    static final int SCATTER_SIZE = 480;
    static final int END_SIZE = 96;
    static final int BETWEEN_SIZE = 300;

    private final GeneratorService generator;
    private final BackgroundTasks tasks;
    private final TrainingViewModel training;
    private final ReadOnlyObjectWrapper<GridImage> grid = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GridImage> pointA = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GridImage> pointB = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GridImage> between = new ReadOnlyObjectWrapper<>();
    private final DoubleProperty t = new SimpleDoubleProperty(0.5);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(
            "Generate draws from the run in the Train page (training or opened).");
    private final ReadOnlyObjectWrapper<Path> savedRun = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> classes = FXCollections.observableArrayList();
    private final IntegerProperty chosenClass = new SimpleIntegerProperty(-1);
    private TrainingConfig savedConfig;
    private long seed = 1;
    private boolean busy;
    private boolean pendingInterpolation;

    public GenerateViewModel(GeneratorService generator, BackgroundTasks tasks, TrainingViewModel training) {
        this.generator = generator;
        this.tasks = tasks;
        this.training = training;
        t.addListener((obs, was, now) -> interpolate());
        training.runConfigProperty().addListener((obs, was, now) -> updateClasses());
        chosenClass.addListener((obs, was, now) -> generateIfShown());
    }

    /** The classes a conditional generator can be asked for; empty for an unconditional one. */
    public ObservableList<String> classes() { return classes; }

    /** The class to draw (index into {@link #classes()}); -1 draws every class in turn. */
    public IntegerProperty chosenClassProperty() { return chosenClass; }

    private void updateClasses() {
        TrainingConfig cfg = config();
        List<String> names = cfg != null && ModelRules.isConditional(cfg.model()) ? ClassNames.of(cfg.dataset(), 10) : List.of();
        if (!classes.equals(names)) {
            classes.setAll(names);
            chosenClass.set(-1);
        }
    }

    private void generateIfShown() {
        if (grid.get() != null) {
            generate();
        }
    }

    // ---- Properties

    public ReadOnlyObjectProperty<GridImage> gridProperty() { return grid.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<GridImage> pointAProperty() { return pointA.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<GridImage> pointBProperty() { return pointB.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<GridImage> betweenProperty() { return between.getReadOnlyProperty(); }

    /** Position between latent point A (0) and B (1). */
    public DoubleProperty tProperty() { return t; }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** A saved run whose generator is used instead of the Train page's; null uses the Train page's run. */
    public ReadOnlyObjectProperty<Path> savedRunProperty() { return savedRun.getReadOnlyProperty(); }

    // ---- Commands

    /** Draws from the generator saved in {@code dir} (its checkpoint) from now on. */
    public void useSavedRun(Path dir) {
        if (dir == null) {
            return;
        }
        tasks.run(() -> ConfigJson.read(dir.resolve(RunFolderService.CONFIG)), cfg -> {
            savedConfig = cfg;
            savedRun.set(dir);
            updateClasses();
            grid.set(null);
            generate();
        }, e -> message.set("Not a saved run: " + Notice.cause(e)));
    }

    /** Back to the run on the Train page. */
    public void useTrainingRun() {
        savedConfig = null;
        savedRun.set(null);
        updateClasses();
        grid.set(null);
        generateIfEmpty();
    }

    private TrainingConfig config() {
        return savedConfig != null ? savedConfig : training.runConfigProperty().get();
    }

    /** A fresh grid and endpoints from new noise. */
    public void reroll() {
        seed++;
        generate();
    }

    /** When the page is first shown: a grid, if there is a run to draw from. */
    public void generateIfEmpty() {
        if (grid.get() == null && config() != null) {
            generate();
        }
    }

    public void generate() {
        TrainingConfig cfg = config();
        if (cfg == null) {
            message.set("No run yet: train one, or open a saved run, then Generate.");
            return;
        }
        boolean points = ModelRules.isPoints(cfg.dataset());
        int count = points ? SCATTER_POINTS : GRID_SAMPLES;
        float[] z = Noise.gaussian(seed, count, cfg.latentSize());
        request(z, count, s -> {
            grid.set(SamplePictures.all(s, SamplesViewModel.COLUMNS, SCATTER_SIZE));
            message.set(s.count() + (SamplePictures.points(s) ? " points" : " samples") + classText()
                    + " from noise seed " + seed + " · " + source());
            interpolate();
        });
    }

    private void interpolate() {
        TrainingConfig cfg = config();
        if (cfg == null || grid.get() == null) {
            return;
        }
        if (busy) {
            pendingInterpolation = true;
            return;
        }
        int n = cfg.latentSize();
        float[] a = Noise.gaussian(seed * 31 + 1, 1, n);
        float[] b = Noise.gaussian(seed * 31 + 2, 1, n);
        float[] z = new float[3 * n];
        double w = t.get();
        for (int i = 0; i < n; i++) {
            z[i] = a[i];
            z[n + i] = b[i];
            z[2 * n + i] = (float) ((1 - w) * a[i] + w * b[i]);
        }
        request(z, 3, s -> {
            pointA.set(SamplePictures.one(s, 0, END_SIZE));
            pointB.set(SamplePictures.one(s, 1, END_SIZE));
            between.set(SamplePictures.one(s, 2, BETWEEN_SIZE));
        });
    }

    private String classText() {
        int c = chosenClass.get();
        return c >= 0 && c < classes.size() ? " of class " + classes.get(c) : classes.isEmpty() ? "" : " (one class after another)";
    }

    private void request(float[] z, int count, java.util.function.Consumer<Samples> shown) {
        busy = true;
        Path dir = savedRun.get() != null ? savedRun.get() : training.getRunDir();
        boolean live = savedRun.get() == null && training.getState().isActive();
        int[] labels = labels(count);
        tasks.run(() -> generator.generate(dir, live, z, labels, count), s -> {
            busy = false;
            shown.accept(s);
            if (pendingInterpolation) {
                pendingInterpolation = false;
                interpolate();
            }
        }, e -> {
            busy = false;
            pendingInterpolation = false;
            message.set("Could not generate: " + Notice.cause(e));
        });
    }

    /** The chosen class for every sample; null (the classes in turn) when none is chosen. */
    private int[] labels(int count) {
        int label = chosenClass.get();
        if (label < 0 || label >= classes.size()) {
            return null;
        }
        int[] labels = new int[count];
        java.util.Arrays.fill(labels, label);
        return labels;
    }

    private String source() {
        Path dir = savedRun.get() != null ? savedRun.get() : training.getRunDir();
        return (savedRun.get() == null && training.getState().isActive() ? "live generator of " : "saved generator of ")
                + (dir == null ? "the current run" : dir.getFileName());
    }
}
