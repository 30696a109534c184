package org.ganlab.app.viewmodels;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import org.ganlab.app.model.ToyFrame;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.engine.toy.ToyDistribution;

/**
 * The real points the 2-D lab shows: a sample of the chosen distribution (drawn on the
 * background pool), or the points the student draws on the plot for the {@code drawn} choice.
 */
final class ToyPoints {

    static final int REAL_POINTS = 1000;
    /** Drawn points closer than this to the last one are skipped while dragging. */
    static final double DRAW_SPACING = 0.12;

    private final StringProperty distribution;
    private final BackgroundTasks tasks;
    private final BooleanSupplier canDraw;
    private final IntConsumer modeCount;
    private final Consumer<String> messages;
    private final ReadOnlyObjectWrapper<float[]> realPoints = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<float[]> drawnPoints = new ReadOnlyObjectWrapper<>(new float[0]);
    private long realRequest;

    ToyPoints(StringProperty distribution, BackgroundTasks tasks, BooleanSupplier canDraw, IntConsumer modeCount,
              Consumer<String> messages) {
        this.distribution = distribution;
        this.tasks = tasks;
        this.canDraw = canDraw;
        this.modeCount = modeCount;
        this.messages = messages;
        distribution.addListener((obs, was, now) -> load());
        load();
    }

    ReadOnlyObjectProperty<float[]> realPointsProperty() { return realPoints.getReadOnlyProperty(); }

    ReadOnlyObjectProperty<float[]> drawnPointsProperty() { return drawnPoints.getReadOnlyProperty(); }

    /** Adds a drawn point (plot coordinates); while dragging, points closer than the spacing are skipped. */
    void add(double x, double y, boolean dragging) {
        if (!canDraw.getAsBoolean() || Math.abs(x) > ToyFrame.EXTENT || Math.abs(y) > ToyFrame.EXTENT) {
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
        messages.accept(xy.length / 2 + " points drawn: press Train to fit them");
    }

    void clear() {
        drawnPoints.set(new float[0]);
        if (ToyLabSetup.DRAWN.equals(distribution.get())) {
            realPoints.set(new float[0]);
        }
    }

    /** A late answer for an earlier choice is dropped. */
    private void load() {
        String d = distribution.get();
        long request = ++realRequest;
        if (ToyLabSetup.DRAWN.equals(d)) {
            realPoints.set(drawnPoints.get());
            messages.accept("Click or drag on the plot to draw points, then press Train.");
            return;
        }
        tasks.run(() -> ToyDistribution.named(d), dist -> {
            if (request == realRequest) {
                realPoints.set(dist.sample(new SplittableRandom(7), REAL_POINTS));
                modeCount.accept(dist.modes().size());
            }
        }, e -> messages.accept("Cannot draw " + d + ": " + Notice.cause(e)));
    }
}
