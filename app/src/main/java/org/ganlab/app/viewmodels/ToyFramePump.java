package org.ganlab.app.viewmodels;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.ganlab.app.model.RunState;
import org.ganlab.app.model.ToyFrame;
import org.ganlab.app.services.Trainer;
import org.ganlab.engine.train.Noise;
import org.ganlab.engine.train.Samples;
import org.ganlab.engine.train.TrainingConfig;

/**
 * The 2-D lab's live frames, pulled, not pushed: {@link #tick(long)} runs every pulse; at most
 * every {@link #FRAME_NANOS} and only when the previous frame has arrived, one request goes to
 * the training thread (answered between two iterations), and its answer comes back to the UI
 * thread once, through {@code ui}. A slow answer drops frames, never piles them up.
 */
final class ToyFramePump {

    /** About 15 frames a second. */
    static final long FRAME_NANOS = 66_000_000L;
    static final long SECOND = 1_000_000_000L;
    static final int GRID = 64;
    static final int POINTS = 1000;
    static final int ARROWS = 150;
    private static final float[] GRID_POINTS = ToyFrame.gridPoints(GRID);

    private final Trainer trainer;
    private final Executor ui;
    private final RunControlViewModel run;
    private final StatusViewModel status;
    private final BooleanSupplier labRunActive;
    private final ToyCoverage coverage;
    private final Consumer<String> problems;
    private final BooleanProperty heatMap = new SimpleBooleanProperty(true);
    private final BooleanProperty arrows = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ToyFrame> frame = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper rateText = new ReadOnlyStringWrapper("");
    private boolean inFlight;
    private long lastRequest = Long.MIN_VALUE / 4;
    private long shownIteration = -1;
    private float[] lastGenerated;
    private float[] noise;
    private String noiseKey = "";
    private int framesThisSecond;
    private long secondStart = Long.MIN_VALUE;
    private double framesPerSecond;

    ToyFramePump(Trainer trainer, Executor ui, RunControlViewModel run, StatusViewModel status,
                 BooleanSupplier labRunActive, ToyCoverage coverage, Consumer<String> problems) {
        this.trainer = trainer;
        this.ui = ui;
        this.run = run;
        this.status = status;
        this.labRunActive = labRunActive;
        this.coverage = coverage;
        this.problems = problems;
    }

    BooleanProperty heatMapProperty() { return heatMap; }

    BooleanProperty arrowsProperty() { return arrows; }

    ReadOnlyObjectProperty<ToyFrame> frameProperty() { return frame.getReadOnlyProperty(); }

    ReadOnlyStringProperty rateTextProperty() { return rateText.getReadOnlyProperty(); }

    double framesPerSecond() { return framesPerSecond; }

    /** Requests the next frame when one is due and the previous has arrived. Cheap when nothing is due. */
    void tick(long now) {
        updateRate(now);
        if (inFlight || now - lastRequest < FRAME_NANOS || !labRunActive.getAsBoolean()) {
            return;
        }
        RunState state = run.getState();
        if (state != RunState.RUNNING && state != RunState.PAUSED
                || state == RunState.PAUSED && status.getIteration() == shownIteration && !arrowsMissing()) {
            return;
        }
        requestFrame(now);
    }

    private boolean arrowsMissing() {
        ToyFrame f = frame.get();
        return f == null || arrows.get() && f.push() == null || heatMap.get() && f.surface() == null;
    }

    private void requestFrame(long now) {
        TrainingConfig cfg = run.runConfigProperty().get();
        inFlight = true;
        lastRequest = now;
        float[] z = noise(cfg);
        float[] pushAt = arrows.get() && lastGenerated != null ? Arrays.copyOf(lastGenerated, Math.min(lastGenerated.length, 2 * ARROWS)) : null;
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
            if (run.getState().isActive() && run.getState() != RunState.STOPPING) {
                problems.accept("Live view paused: " + Notice.cause(error));
            }
            return;
        }
        long it = status.getIteration();
        float[] generated = g.join().values();
        lastGenerated = generated;
        shownIteration = it;
        frame.set(new ToyFrame(it, generated, d.join(), GRID, pushAt, p.join()));
        framesThisSecond++;
        coverage.maybeMeasure(run.runConfigProperty().get().dataset(), it, generated);
    }

    private void updateRate(long now) {
        if (secondStart == Long.MIN_VALUE) {
            secondStart = now;
        }
        if (now - secondStart >= SECOND) {
            framesPerSecond = framesThisSecond * (double) SECOND / (now - secondStart);
            framesThisSecond = 0;
            secondStart = now;
            boolean live = labRunActive.getAsBoolean() && run.getState() == RunState.RUNNING;
            rateText.set(String.format(Locale.ROOT, "iteration %,d · %s · %s", status.getIteration(),
                    status.rateTextProperty().get(), live ? String.format(Locale.ROOT, "%.0f frames/s", framesPerSecond)
                            : "live view idle"));
        }
    }

    /** The same noise every frame (per seed and latent size), so the points move smoothly. */
    private float[] noise(TrainingConfig cfg) {
        String key = cfg.seed() + "/" + cfg.latentSize();
        if (!key.equals(noiseKey)) {
            noise = Noise.gaussian(cfg.seed() * 31 + 7, POINTS, cfg.latentSize());
            noiseKey = key;
        }
        return noise;
    }

    /** A new run: no frame yet. */
    void clear() {
        frame.set(null);
        lastGenerated = null;
        shownIteration = -1;
    }
}
