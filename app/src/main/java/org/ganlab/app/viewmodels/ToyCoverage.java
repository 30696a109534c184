package org.ganlab.app.viewmodels;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.ganlab.app.model.DecimatedSeries;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.engine.toy.ModeCoverage;
import org.ganlab.engine.toy.ToyDistribution;

/**
 * How many of the real distribution's modes the 2-D lab's generator covers, and the KL between
 * them: measured on the background pool at most {@link #PERIOD_NANOS} apart, one at a time, and
 * kept as two curves over iterations.
 */
final class ToyCoverage {

    static final long PERIOD_NANOS = 250_000_000L;

    private final BackgroundTasks tasks;
    private final LongSupplier clock;
    private final Consumer<String> problems;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("modes covered –");
    private final ReadOnlyIntegerWrapper modeCount = new ReadOnlyIntegerWrapper(8);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final DecimatedSeries modes = new DecimatedSeries(600);
    private final DecimatedSeries kl = new DecimatedSeries(600);
    private boolean inFlight;
    private long last = Long.MIN_VALUE / 4;
    private volatile ToyDistribution measured;

    ToyCoverage(BackgroundTasks tasks, LongSupplier nanoClock, Consumer<String> problems) {
        this.tasks = tasks;
        this.clock = nanoClock;
        this.problems = problems;
    }

    ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }

    ReadOnlyIntegerProperty modeCountProperty() { return modeCount.getReadOnlyProperty(); }

    ReadOnlyLongProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    DecimatedSeries modes() { return modes; }

    DecimatedSeries kl() { return kl; }

    /** The real distribution shown has {@code n} modes. */
    void modeCount(int n) {
        modeCount.set(n);
    }

    /** Measures {@code generated} against {@code dataset} unless a measurement is running or was made just now. */
    void maybeMeasure(String dataset, long iteration, float[] generated) {
        long now = clock.getAsLong();
        if (inFlight || now - last < PERIOD_NANOS) {
            return;
        }
        inFlight = true;
        last = now;
        tasks.run(() -> ModeCoverage.measure(distributionOf(dataset), generated), c -> add(iteration, c), e -> {
            inFlight = false;
            problems.accept("Coverage not measured: " + Notice.cause(e));
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

    /** One measurement: the figure and a point on both curves. */
    void add(long iteration, ModeCoverage c) {
        inFlight = false;
        modeCount.set(c.modeCount());
        modes.add(iteration, c.modesCovered());
        kl.add(iteration, c.kl());
        text.set(String.format(Locale.ROOT, "modes covered %d/%d · KL %.2f", c.modesCovered(), c.modeCount(), c.kl()));
        revision.set(revision.get() + 1);
    }

    /** A new run: the curves start over. */
    void clear() {
        modes.clear();
        kl.clear();
        text.set("modes covered –");
        revision.set(revision.get() + 1);
    }
}
