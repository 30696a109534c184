package org.ganlab.app.viewmodels;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ganlab.app.model.DecimatedSeries;
import org.ganlab.app.model.ModelRules;
import org.ganlab.app.model.RunState;
import org.ganlab.app.model.ToyFrame;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.PointsFileService;
import org.ganlab.app.services.Trainer;
import org.ganlab.engine.loss.GanLoss;
import org.ganlab.engine.toy.ModeCoverage;
import org.ganlab.engine.toy.ToyDistribution;
import org.ganlab.engine.train.Noise;
import org.ganlab.engine.train.Samples;
import org.ganlab.engine.train.TrainingConfig;

/**
 * The 2-D lab: trains the small mlp2d GAN on a toy distribution (or on points the student draws)
 * through the window's one trainer, and shows it live: real and generated points, D's decision
 * surface, G's push on its points, and how many modes G covers.
 *
 * <p>Frames are pulled, not pushed: the view's timer calls {@link #tick(long)} every pulse; at most
 * every {@link #FRAME_NANOS} and only when the previous frame has arrived, one request goes to
 * the training thread (answered between two iterations), and its answer comes back to the UI
 * thread once, through {@code ui}. A slow answer drops frames, never piles them up. Mode
 * coverage is measured on the background pool a few times a second.
 */
public final class ToyLabViewModel {

    /** The choice that trains on the student's own points. */
    public static final String DRAWN = "drawn";
    public static final List<String> DISTRIBUTIONS = List.of("ring8", "grid25", "moons", "spiral", DRAWN);
    /** About 15 frames a second. */
    public static final long FRAME_NANOS = 66_000_000L;
    static final long COVERAGE_NANOS = 250_000_000L;
    static final long SECOND = 1_000_000_000L;
    public static final int GRID = 64;
    public static final int POINTS = 1000;
    static final int ARROWS = 150;
    static final int REAL_POINTS = 1000;
    /** Drawn points closer than this to the last one are skipped while dragging. */
    static final double DRAW_SPACING = 0.12;
    private static final float[] GRID_POINTS = ToyFrame.gridPoints(GRID);

    /** What the lab opens with: fast, small, and good at the ring within a few thousand iterations. */
    public static TrainingConfig defaults() {
        return TrainingConfig.defaults().edit(b -> {
            b.dataset = "ring8";
            b.model = "mlp2d";
            b.batchSize = 256;
            b.latentSize = 4;
            b.hiddenUnits = 128;
            b.learningRateG = 1e-3;
            b.learningRateD = 1e-3;
            b.beta2G = 0.9;
            b.beta2D = 0.9;
            b.iterations = 3000;
            b.epochs = 1;
            b.snapshotEvery = 100;
        });
    }

    private final TrainingViewModel training;
    private final Trainer trainer;
    private final BackgroundTasks tasks;
    private final Executor ui;
    private final PointsFileService pointsFiles;
    private final LongSupplier clock;
    private final SetupViewModel form = new SetupViewModel(defaults());
    private final StringProperty distribution = new SimpleStringProperty("ring8");
    private final BooleanProperty heatMap = new SimpleBooleanProperty(true);
    private final BooleanProperty arrows = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<float[]> realPoints = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<float[]> drawnPoints = new ReadOnlyObjectWrapper<>(new float[0]);
    private final ReadOnlyObjectWrapper<ToyFrame> frame = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper outputKind = new ReadOnlyStringWrapper("probability");
    private final ReadOnlyStringWrapper coverageText = new ReadOnlyStringWrapper("modes covered –");
    private final ReadOnlyStringWrapper rateText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(
            "Pick a distribution and press Train: blue is where D says \"real\", red \"fake\".");
    private final ReadOnlyIntegerWrapper modeCount = new ReadOnlyIntegerWrapper(8);
    private final ReadOnlyLongWrapper coverageRevision = new ReadOnlyLongWrapper();
    private final DecimatedSeries modes = new DecimatedSeries(600);
    private final DecimatedSeries kl = new DecimatedSeries(600);
    private boolean inFlight;
    private boolean coverageInFlight;
    private long lastRequest = Long.MIN_VALUE / 4;
    private long lastCoverage = Long.MIN_VALUE / 4;
    private long shownIteration = -1;
    private float[] lastGenerated;
    private float[] noise;
    private String noiseKey = "";
    private volatile ToyDistribution measured;
    private long realRequest;
    private int framesThisSecond;
    private long secondStart = Long.MIN_VALUE;
    private double framesPerSecond;

    public ToyLabViewModel(TrainingViewModel training, Trainer trainer, BackgroundTasks tasks, Executor ui,
                           PointsFileService pointsFiles, LongSupplier nanoClock) {
        this.training = training;
        this.trainer = trainer;
        this.tasks = tasks;
        this.ui = ui;
        this.pointsFiles = pointsFiles;
        this.clock = nanoClock;
        distribution.addListener((obs, was, now) -> loadRealPoints());
        form.field(HyperParameter.LOSS).textProperty().addListener((obs, was, now) -> formLossChanged(now));
        training.runConfigProperty().addListener((obs, was, now) -> runChanged(was, now));
        loadRealPoints();
    }

    // ---- Properties

    /** The lab's own hyperparameters (loss, sizes, learning rates, iterations, seed). */
    public SetupViewModel form() { return form; }

    /** ring8, grid25, moons, spiral or {@link #DRAWN}. */
    public StringProperty distributionProperty() { return distribution; }

    public BooleanProperty heatMapProperty() { return heatMap; }

    public BooleanProperty arrowsProperty() { return arrows; }

    /** Points of the real distribution (x, y pairs), or the drawn points. */
    public ReadOnlyObjectProperty<float[]> realPointsProperty() { return realPoints.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<float[]> drawnPointsProperty() { return drawnPoints.getReadOnlyProperty(); }

    /** The latest live frame; null before the first. */
    public ReadOnlyObjectProperty<ToyFrame> frameProperty() { return frame.getReadOnlyProperty(); }

    /** What the heat map's values are: "probability", "score" or "critic score". */
    public ReadOnlyStringProperty outputKindProperty() { return outputKind.getReadOnlyProperty(); }

    /** E.g. "modes covered 6/8 · KL 0.42". */
    public ReadOnlyStringProperty coverageTextProperty() { return coverageText.getReadOnlyProperty(); }

    /** E.g. "iteration 1,200 · 410 it/s · 15 frames/s". */
    public ReadOnlyStringProperty rateTextProperty() { return rateText.getReadOnlyProperty(); }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty modeCountProperty() { return modeCount.getReadOnlyProperty(); }

    /** Modes covered over iterations. */
    public DecimatedSeries modes() { return modes; }

    /** KL(real ‖ generated) over iterations. */
    public DecimatedSeries kl() { return kl; }

    /** Changes once per coverage measurement: the chart redraws on it. */
    public ReadOnlyLongProperty coverageRevisionProperty() { return coverageRevision.getReadOnlyProperty(); }

    public double framesPerSecond() { return framesPerSecond; }

    public BooleanBinding canTrainProperty() {
        return Bindings.createBooleanBinding(() -> !training.getState().isActive() && form.getConfig() != null,
                training.stateProperty(), form.configProperty());
    }

    /** True while the lab's point set can be drawn on (the drawn distribution, no run of it training). */
    public BooleanBinding drawingProperty() {
        return Bindings.createBooleanBinding(() -> DRAWN.equals(distribution.get()) && !labRunActive(),
                distribution, training.stateProperty(), training.runConfigProperty());
    }

    // ---- Commands

    /** Starts a new lab run with the form's settings on the chosen distribution. */
    public void train() {
        TrainingConfig cfg = form.getConfig();
        if (cfg == null) {
            message.set("Fix the settings first: " + form.problemsProperty().get());
            return;
        }
        if (training.getState().isActive()) {
            message.set("A run is training on the Train page: stop it first (one run at a time).");
            return;
        }
        if (!DRAWN.equals(distribution.get())) {
            start(cfg.withDataset(distribution.get()));
            return;
        }
        float[] xy = drawnPoints.get();
        if (xy.length < 2) {
            message.set("Draw a few points first: click or drag on the plot.");
            return;
        }
        message.set("Saving your points…");
        tasks.run(() -> pointsFiles.write(xy), file -> start(cfg.withDataset(ToyDistribution.POINTS_PREFIX + file)),
                e -> message.set("Could not save your points: " + Notice.cause(e)));
    }

    private void start(TrainingConfig cfg) {
        training.train(cfg.withModel("mlp2d"));
        message.set("Training " + cfg.loss() + " on " + describe(cfg.dataset()) + " for "
                + String.format(Locale.ROOT, "%,d", cfg.iterations()) + " iterations");
    }

    public void stop() {
        training.stop();
    }

    public void togglePause() {
        training.togglePause();
    }

    /** Sends the form's live fields (learning rates, D steps, iterations) to a running lab run. */
    public void applyLiveChanges() {
        TrainingConfig run = training.runConfigProperty().get();
        TrainingConfig f = form.getConfig();
        if (f == null || !labRunActive()) {
            return;
        }
        TrainingConfig merged = run.edit(b -> {
            b.learningRateG = f.learningRateG();
            b.learningRateD = f.learningRateD();
            b.dStepsPerGStep = f.dStepsPerGStep();
            b.weightClip = f.weightClip();
            b.iterations = f.iterations();
        });
        training.setup().load(merged);
        training.applyLiveChanges();
    }

    /** Adds a drawn point (plot coordinates); while dragging, points closer than the spacing are skipped. */
    public void addPoint(double x, double y, boolean dragging) {
        if (!drawingProperty().get() || Math.abs(x) > ToyFrame.EXTENT || Math.abs(y) > ToyFrame.EXTENT) {
            return;
        }
        float[] old = drawnPoints.get();
        if (dragging && old.length >= 2
                && Math.hypot(old[old.length - 2] - x, old[old.length - 1] - y) < DRAW_SPACING) {
            return;
        }
        float[] xy = Arrays.copyOf(old, old.length + 2);
        xy[old.length] = (float) x;
        xy[old.length + 1] = (float) y;
        drawnPoints.set(xy);
        realPoints.set(xy);
        message.set(xy.length / 2 + " points drawn: press Train to fit them");
    }

    public void clearPoints() {
        drawnPoints.set(new float[0]);
        if (DRAWN.equals(distribution.get())) {
            realPoints.set(new float[0]);
        }
    }

    /**
     * Called by the view's timer on every pulse: requests the next frame when one is due and the
     * previous has arrived. Cheap when nothing is due.
     */
    public void tick(long now) {
        updateRate(now);
        if (inFlight || now - lastRequest < FRAME_NANOS || !labRunActive()) {
            return;
        }
        RunState state = training.getState();
        long it = training.status().getIteration();
        if (state != RunState.RUNNING && state != RunState.PAUSED
                || state == RunState.PAUSED && it == shownIteration && !arrowsMissing()) {
            return;
        }
        requestFrame(now);
    }

    private boolean arrowsMissing() {
        ToyFrame f = frame.get();
        return f == null || arrows.get() && f.push() == null || heatMap.get() && f.surface() == null;
    }

    private void requestFrame(long now) {
        TrainingConfig run = training.runConfigProperty().get();
        inFlight = true;
        lastRequest = now;
        float[] z = noise(run);
        float[] pushAt = arrows.get() && lastGenerated != null ? firstPoints(lastGenerated, ARROWS) : null;
        CompletableFuture<Samples> g = trainer.generate(z, POINTS);
        CompletableFuture<float[]> d = heatMap.get() ? trainer.discriminatorAt(GRID_POINTS) : CompletableFuture.completedFuture(null);
        CompletableFuture<float[]> p = pushAt != null ? trainer.generatorPush(pushAt) : CompletableFuture.completedFuture(null);
        CompletableFuture.allOf(g, d, p).whenComplete((v, error) ->
                ui.execute(() -> arrived(g, d, p, pushAt, error)));
    }

    private void arrived(CompletableFuture<Samples> g, CompletableFuture<float[]> d, CompletableFuture<float[]> p,
                         float[] pushAt, Throwable error) {
        inFlight = false;
        if (error != null) {
            if (training.getState().isActive() && training.getState() != RunState.STOPPING) {
                message.set("Live view paused: " + Notice.cause(error));
            }
            return;
        }
        long it = training.status().getIteration();
        float[] generated = g.join().values();
        lastGenerated = generated;
        shownIteration = it;
        frame.set(new ToyFrame(it, generated, d.join(), GRID, pushAt, p.join()));
        framesThisSecond++;
        maybeMeasure(it, generated);
    }

    private void maybeMeasure(long iteration, float[] generated) {
        long now = clock.getAsLong();
        if (coverageInFlight || now - lastCoverage < COVERAGE_NANOS) {
            return;
        }
        coverageInFlight = true;
        lastCoverage = now;
        String dataset = training.runConfigProperty().get().dataset();
        tasks.run(() -> ModeCoverage.measure(distributionOf(dataset), generated), c -> coverage(iteration, c), e -> {
            coverageInFlight = false;
            message.set("Coverage not measured: " + Notice.cause(e));
        });
    }

    /** The run's distribution, read once per data set (a drawn set is a file). Worker thread. */
    private ToyDistribution distributionOf(String dataset) throws java.io.IOException {
        ToyDistribution d = measured;
        if (d == null || !d.name().equals(dataset)) {
            d = ToyDistribution.named(dataset);
            measured = d;
        }
        return d;
    }

    /** One coverage measurement: the figure and a point on both curves. */
    public void coverage(long iteration, ModeCoverage c) {
        coverageInFlight = false;
        modeCount.set(c.modeCount());
        modes.add(iteration, c.modesCovered());
        kl.add(iteration, c.kl());
        coverageText.set(String.format(Locale.ROOT, "modes covered %d/%d · KL %.2f", c.modesCovered(), c.modeCount(), c.kl()));
        coverageRevision.set(coverageRevision.get() + 1);
    }

    private void updateRate(long now) {
        if (secondStart == Long.MIN_VALUE) {
            secondStart = now;
        }
        if (now - secondStart >= SECOND) {
            framesPerSecond = framesThisSecond * (double) SECOND / (now - secondStart);
            framesThisSecond = 0;
            secondStart = now;
            boolean live = labRunActive() && training.getState() == RunState.RUNNING;
            rateText.set(String.format(Locale.ROOT, "iteration %,d · %s · %s", training.status().getIteration(),
                    training.status().rateTextProperty().get(), live ? String.format(Locale.ROOT, "%.0f frames/s", framesPerSecond)
                            : "live view idle"));
        }
    }

    /** True while the window's run is a 2-D run (started here or on the Train page). */
    private boolean labRunActive() {
        TrainingConfig run = training.runConfigProperty().get();
        return run != null && ModelRules.isPoints(run.dataset()) && training.getState().isActive();
    }

    private float[] noise(TrainingConfig run) {
        String key = run.seed() + "/" + run.latentSize();
        if (!key.equals(noiseKey)) {
            noise = Noise.gaussian(run.seed() * 31 + 7, POINTS, run.latentSize());
            noiseKey = key;
        }
        return noise;
    }

    private static float[] firstPoints(float[] xy, int n) {
        return Arrays.copyOf(xy, Math.min(xy.length, 2 * n));
    }

    /**
     * A critic is trained several steps per G step (as in the WGAN papers); the other losses one.
     * WGAN's clip bound starts at 0.1 here: the paper's 0.01 leaves a 2-D critic too weak to
     * separate the ring's modes in a lab's time (engine RingCoverageTest).
     */
    private void formLossChanged(String loss) {
        lossChanged(loss);
        boolean critic = loss != null && loss.startsWith("wgan");
        ParameterField dSteps = form.field(HyperParameter.D_STEPS_PER_G_STEP);
        if (critic && "1".equals(dSteps.getText())) {
            dSteps.setText("5");
        } else if (!critic && "5".equals(dSteps.getText())) {
            dSteps.setText("1");
        }
        ParameterField clip = form.field(HyperParameter.WEIGHT_CLIP);
        if ("wgan".equals(loss) && "0".equals(clip.getText())) {
            clip.setText("0.1");
        }
    }

    private void lossChanged(String loss) {
        try {
            outputKind.set(GanLoss.named(loss).discriminatorOutput());
        } catch (IllegalArgumentException | NullPointerException e) {
            outputKind.set("probability");
        }
    }

    /** A new 2-D run: the curves start over and the lab follows the run's data set and loss. */
    private void runChanged(TrainingConfig was, TrainingConfig now) {
        if (now == null || !ModelRules.isPoints(now.dataset())) {
            return;
        }
        if (was == null || !was.sameStructure(now)) {
            modes.clear();
            kl.clear();
            frame.set(null);
            lastGenerated = null;
            shownIteration = -1;
            coverageText.set("modes covered –");
            coverageRevision.set(coverageRevision.get() + 1);
        }
        lossChanged(now.loss());
        String d = now.dataset().startsWith(ToyDistribution.POINTS_PREFIX) ? DRAWN : now.dataset();
        if (!d.equals(distribution.get())) {
            distribution.set(d);
        }
    }

    private void loadRealPoints() {
        String d = distribution.get();
        long request = ++realRequest;
        if (DRAWN.equals(d)) {
            realPoints.set(drawnPoints.get());
            message.set("Click or drag on the plot to draw points, then press Train.");
            return;
        }
        tasks.run(() -> ToyDistribution.named(d), dist -> {
            if (request == realRequest) {
                realPoints.set(dist.sample(new SplittableRandom(7), REAL_POINTS));
                modeCount.set(dist.modes().size());
            }
        }, e -> message.set("Cannot draw " + d + ": " + Notice.cause(e)));
    }

    private static String describe(String dataset) {
        return dataset.startsWith(ToyDistribution.POINTS_PREFIX) ? "your points" : dataset;
    }
}
