package org.ganlab.app.viewmodels;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import org.ganlab.app.model.DecimatedSeries;
import org.ganlab.app.model.ModelRules;
import org.ganlab.app.model.RunState;
import org.ganlab.app.model.ToyFrame;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.PointsFileService;
import org.ganlab.app.services.Trainer;
import org.ganlab.engine.toy.ModeCoverage;
import org.ganlab.engine.toy.ToyDistribution;
import org.ganlab.engine.train.TrainingConfig;

/**
 * The 2-D lab: trains the small mlp2d GAN on a toy distribution (or on points the student draws)
 * through the window's one run, with its own settings ({@link ToyLabSetup}), and shows it live:
 * real and generated points ({@link ToyPoints}, {@link ToyFramePump}), D's decision surface,
 * G's push on its points, and how many modes G covers ({@link ToyCoverage}). Its run controls
 * are what the header's buttons do while the lab is shown.
 */
public final class ToyLabViewModel implements RunCommands {

    public static final String DRAWN = ToyLabSetup.DRAWN;
    public static final List<String> DISTRIBUTIONS = ToyLabSetup.DISTRIBUTIONS;
    public static final long FRAME_NANOS = ToyFramePump.FRAME_NANOS;
    static final long COVERAGE_NANOS = ToyCoverage.PERIOD_NANOS;
    static final long SECOND = ToyFramePump.SECOND;
    public static final int GRID = ToyFramePump.GRID;
    public static final int POINTS = ToyFramePump.POINTS;

    /** What the lab opens with: fast, small, and good at the ring within a few thousand iterations. */
    public static TrainingConfig defaults() {
        return ToyLabSetup.defaults();
    }

    private final RunControlViewModel run;
    private final BackgroundTasks tasks;
    private final PointsFileService pointsFiles;
    private final ToyLabSetup setup = new ToyLabSetup();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(
            "Pick a distribution and press Train: blue is where D says \"real\", red \"fake\".");
    private final ToyCoverage coverage;
    private final ToyFramePump frames;
    private final ToyPoints points;

    public ToyLabViewModel(RunControlViewModel run, StatusViewModel status, Trainer trainer, BackgroundTasks tasks,
                           Executor ui, PointsFileService pointsFiles, LongSupplier nanoClock) {
        this.run = run;
        this.tasks = tasks;
        this.pointsFiles = pointsFiles;
        this.coverage = new ToyCoverage(tasks, nanoClock, message::set);
        this.frames = new ToyFramePump(trainer, ui, run, status, this::labRunActive, coverage, message::set);
        this.points = new ToyPoints(setup.distributionProperty(), tasks, () -> drawingProperty().get(),
                coverage::modeCount, message::set);
        run.runConfigProperty().addListener((obs, was, now) -> runChanged(was, now));
    }

    // ---- Properties

    /** The lab's own hyperparameters (loss, sizes, learning rates, iterations, seed). */
    public SetupViewModel form() { return setup.form(); }

    /** ring8, grid25, moons, spiral or {@link #DRAWN}. */
    public StringProperty distributionProperty() { return setup.distributionProperty(); }

    public BooleanProperty heatMapProperty() { return frames.heatMapProperty(); }

    public BooleanProperty arrowsProperty() { return frames.arrowsProperty(); }

    /** Points of the real distribution (x, y pairs), or the drawn points. */
    public ReadOnlyObjectProperty<float[]> realPointsProperty() { return points.realPointsProperty(); }

    public ReadOnlyObjectProperty<float[]> drawnPointsProperty() { return points.drawnPointsProperty(); }

    /** The latest live frame; null before the first. */
    public ReadOnlyObjectProperty<ToyFrame> frameProperty() { return frames.frameProperty(); }

    /** What the heat map's values are: "probability", "score" or "critic score". */
    public ReadOnlyStringProperty outputKindProperty() { return setup.outputKindProperty(); }

    /** E.g. "modes covered 6/8 · KL 0.42". */
    public ReadOnlyStringProperty coverageTextProperty() { return coverage.textProperty(); }

    /** E.g. "iteration 1,200 · 410 it/s · 15 frames/s". */
    public ReadOnlyStringProperty rateTextProperty() { return frames.rateTextProperty(); }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty modeCountProperty() { return coverage.modeCountProperty(); }

    /** Modes covered over iterations. */
    public DecimatedSeries modes() { return coverage.modes(); }

    /** KL(real ‖ generated) over iterations. */
    public DecimatedSeries kl() { return coverage.kl(); }

    /** Changes once per coverage measurement: the chart redraws on it. */
    public ReadOnlyLongProperty coverageRevisionProperty() { return coverage.revisionProperty(); }

    public double framesPerSecond() { return frames.framesPerSecond(); }

    @Override
    public BooleanBinding canTrainProperty() {
        return Bindings.createBooleanBinding(() -> !run.getState().isActive() && form().getConfig() != null,
                run.stateProperty(), form().configProperty());
    }

    @Override
    public StringBinding trainLabelProperty() {
        return Bindings.createStringBinding(() -> "Train");
    }

    @Override
    public BooleanBinding canPauseProperty() {
        return whileLabRun(() -> run.getState() == RunState.RUNNING || run.getState() == RunState.PAUSED);
    }

    @Override
    public StringBinding pauseLabelProperty() { return run.pauseLabelProperty(); }

    @Override
    public BooleanBinding canStepProperty() {
        return whileLabRun(() -> run.getState() == RunState.PAUSED);
    }

    @Override
    public BooleanBinding canStopProperty() {
        return whileLabRun(() -> run.getState() != RunState.STOPPING);
    }

    /** The lab has nothing to reset: each Train starts a new run. */
    @Override
    public BooleanBinding canResetProperty() {
        return Bindings.createBooleanBinding(() -> false);
    }

    private BooleanBinding whileLabRun(java.util.function.BooleanSupplier condition) {
        return Bindings.createBooleanBinding(() -> labRunActive() && condition.getAsBoolean(),
                run.stateProperty(), run.runConfigProperty());
    }

    /** True while the lab's point set can be drawn on (the drawn distribution, no run of it training). */
    public BooleanBinding drawingProperty() {
        return Bindings.createBooleanBinding(() -> DRAWN.equals(distributionProperty().get()) && !labRunActive(),
                distributionProperty(), run.stateProperty(), run.runConfigProperty());
    }

    // ---- Commands

    /** Starts a new lab run with the form's settings on the chosen distribution. */
    @Override
    public void train() {
        TrainingConfig cfg = form().getConfig();
        if (cfg == null) {
            message.set("Fix the settings first: " + form().problemsProperty().get());
            return;
        }
        if (run.getState().isActive()) {
            message.set("A run is training on the Train page: stop it first (one run at a time).");
            return;
        }
        if (!DRAWN.equals(distributionProperty().get())) {
            start(cfg.withDataset(distributionProperty().get()));
            return;
        }
        float[] xy = drawnPointsProperty().get();
        if (xy.length < 2) {
            message.set("Draw a few points first: click or drag on the plot.");
            return;
        }
        message.set("Saving your points…");
        tasks.run(() -> pointsFiles.write(xy), file -> start(cfg.withDataset(ToyDistribution.POINTS_PREFIX + file)),
                e -> message.set("Could not save your points: " + Notice.cause(e)));
    }

    private void start(TrainingConfig cfg) {
        run.train(cfg.withModel("mlp2d"), this);
        message.set("Training " + cfg.loss() + " on " + describe(cfg.dataset()) + " for "
                + String.format(Locale.ROOT, "%,d", cfg.iterations()) + " iterations");
    }

    @Override
    public void stop() {
        if (labRunActive()) {
            run.stop();
        }
    }

    @Override
    public void togglePause() {
        if (labRunActive()) {
            run.togglePause();
        }
    }

    @Override
    public void step() {
        if (labRunActive()) {
            run.step();
        }
    }

    @Override
    public void reset() {
        // nothing to reset: see canResetProperty
    }

    /** Sends the form's live fields (learning rates, D steps, iterations ...) to a run the lab started. */
    public void applyLiveChanges() {
        TrainingConfig f = form().getConfig();
        if (f != null && labRunActive() && run.ownerProperty().get() == this) {
            run.applyLiveChanges(HyperParameter.withLiveFieldsOf(run.runConfigProperty().get(), f));
        }
    }

    /** Adds a drawn point (plot coordinates); while dragging, points closer than the spacing are skipped. */
    public void addPoint(double x, double y, boolean dragging) {
        points.add(x, y, dragging);
    }

    public void clearPoints() {
        points.clear();
    }

    /** Called by the view's timer on every pulse: see {@link ToyFramePump}. */
    public void tick(long now) {
        frames.tick(now);
    }

    /** One coverage measurement: the figure and a point on both curves. */
    public void coverage(long iteration, ModeCoverage c) {
        coverage.add(iteration, c);
    }

    /** True while the window's run is a 2-D run (started here or on the Train page). */
    private boolean labRunActive() {
        TrainingConfig cfg = run.runConfigProperty().get();
        return cfg != null && ModelRules.isPoints(cfg.dataset()) && run.getState().isActive();
    }

    /** A new 2-D run: the curves start over and the lab follows the run's data set and loss. */
    private void runChanged(TrainingConfig was, TrainingConfig now) {
        if (now == null || !ModelRules.isPoints(now.dataset())) {
            return;
        }
        if (was == null || !was.sameStructure(now)) {
            coverage.clear();
            frames.clear();
        }
        setup.lossShown(now.loss());
        String d = now.dataset().startsWith(ToyDistribution.POINTS_PREFIX) ? DRAWN : now.dataset();
        if (!d.equals(distributionProperty().get())) {
            distributionProperty().set(d);
        }
    }

    private static String describe(String dataset) {
        return dataset.startsWith(ToyDistribution.POINTS_PREFIX) ? "your points" : dataset;
    }
}
