package org.ganlab.app.viewmodels;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar: epoch, iteration, speed, ETA, backend and memory, and what holds training up
 * (saving a checkpoint, writing the GIF, training the metrics classifier). Speed is measured on
 * the wall clock over the last few seconds, so it shows what the student actually gets; {@link
 * #tick()} (once a second) lets it decay while no iteration arrives, so a stall shows as one.
 */
public final class StatusViewModel {

    private static final long WINDOW_NANOS = 4_000_000_000L;

    private final LongSupplier clock;
    private final ArrayDeque<long[]> window = new ArrayDeque<>();
    private final ReadOnlyLongWrapper iteration = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Ready");
    private final ReadOnlyStringWrapper epochText = new ReadOnlyStringWrapper("Epoch –");
    private final ReadOnlyStringWrapper iterationText = new ReadOnlyStringWrapper("Iteration –");
    private final ReadOnlyStringWrapper rateText = new ReadOnlyStringWrapper("– it/s");
    private final ReadOnlyStringWrapper etaText = new ReadOnlyStringWrapper("ETA –");
    private final ReadOnlyStringWrapper backendText = new ReadOnlyStringWrapper("Backend: starting…");
    private final ReadOnlyStringWrapper memoryText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper rate = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper activityText = new ReadOnlyStringWrapper("");
    private final List<String> activities = new ArrayList<>();
    private long totalIterations;
    private int totalEpochs;
    private long runStartNanos = -1;
    private long runStartIteration;

    public StatusViewModel(LongSupplier nanoClock) {
        this.clock = nanoClock;
    }

    // ---- Properties

    public ReadOnlyLongProperty iterationProperty() { return iteration.getReadOnlyProperty(); }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ReadOnlyStringProperty epochTextProperty() { return epochText.getReadOnlyProperty(); }

    public ReadOnlyStringProperty iterationTextProperty() { return iterationText.getReadOnlyProperty(); }

    public ReadOnlyStringProperty rateTextProperty() { return rateText.getReadOnlyProperty(); }

    public ReadOnlyStringProperty etaTextProperty() { return etaText.getReadOnlyProperty(); }

    public ReadOnlyStringProperty backendTextProperty() { return backendText.getReadOnlyProperty(); }

    public ReadOnlyStringProperty memoryTextProperty() { return memoryText.getReadOnlyProperty(); }

    /** What the run is busy with besides iterating, e.g. "saving checkpoint…"; empty when nothing. */
    public ReadOnlyStringProperty activityTextProperty() { return activityText.getReadOnlyProperty(); }

    /** Iterations per second over the last few seconds; 0 when idle. */
    public ReadOnlyDoubleProperty rateProperty() { return rate.getReadOnlyProperty(); }

    public long getIteration() { return iteration.get(); }

    // ---- Commands

    public void message(String text) {
        message.set(text);
    }

    public void backend(String text) {
        backendText.set(text);
    }

    public void runStarted(long startIteration, long total, int epochs) {
        totalIterations = total;
        totalEpochs = epochs;
        window.clear();
        runStartNanos = -1;
        runStartIteration = startIteration;
        progress(startIteration, 0);
        window.clear();
    }

    /** Totals change when epochs is changed live. */
    public void totals(long total, int epochs) {
        totalIterations = total;
        totalEpochs = epochs;
    }

    /** The latest iteration, after a batch of events. */
    public void progress(long it, int epoch) {
        long now = clock.getAsLong();
        if (runStartNanos < 0 && it > runStartIteration) {
            runStartNanos = now;
            runStartIteration = it;
        }
        window.addLast(new long[] {now, it});
        iteration.set(it);
        epochText.set(totalEpochs > 0 ? "Epoch " + Math.max(epoch, 1) + " / " + totalEpochs : "Epoch " + epoch);
        iterationText.set(String.format(Locale.ROOT, "Iteration %,d", it)
                + (totalIterations > 0 ? String.format(Locale.ROOT, " / %,d", totalIterations) : ""));
        refreshRate(now);
    }

    /** Once a second: the speed over the window ending now, so it falls while no iteration arrives. */
    public void tick() {
        if (!window.isEmpty()) {
            refreshRate(clock.getAsLong());
        }
    }

    /** Iterations in the window over the time from its start to {@code now}; the newest two samples always count. */
    private void refreshRate(long now) {
        while (window.size() > 2 && now - window.peekFirst()[0] > WINDOW_NANOS) {
            window.removeFirst();
        }
        long[] first = window.peekFirst();
        long[] last = window.peekLast();
        double seconds = (now - first[0]) / 1e9;
        if (seconds >= 0.25 && last[1] > first[1]) {
            setRate((last[1] - first[1]) / seconds);
        }
    }

    /** The run began {@code what} (an engine activity name, e.g. "saving checkpoint"). */
    public void activityStarted(String what) {
        activities.remove(what);
        activities.add(what);
        showActivity();
    }

    public void activityFinished(String what) {
        activities.remove(what);
        showActivity();
    }

    private void showActivity() {
        activityText.set(activities.isEmpty() ? "" : activities.get(activities.size() - 1) + "…");
    }

    /** Paused, stopped or finished: no speed, no ETA. */
    public void idle() {
        window.clear();
        setRate(0);
    }

    /** Mean speed since the run's first iteration (what the benchmark reports). */
    public double averageRate() {
        long now = clock.getAsLong();
        double seconds = (now - runStartNanos) / 1e9;
        return runStartNanos < 0 || seconds <= 0 ? 0 : (iteration.get() - runStartIteration) / seconds;
    }

    public void memory(long heapUsed, long heapMax, long nativeBytes) {
        memoryText.set(String.format(Locale.ROOT, "Heap %s / %s · process %s",
                mb(heapUsed), mb(heapMax), mb(nativeBytes)));
    }

    public void clear() {
        idle();
        activities.clear();
        showActivity();
        totalIterations = 0;
        totalEpochs = 0;
        iteration.set(0);
        epochText.set("Epoch –");
        iterationText.set("Iteration –");
    }

    private void setRate(double r) {
        rate.set(r);
        rateText.set(r > 0 ? String.format(Locale.ROOT, "%.1f it/s", r) : "– it/s");
        long left = totalIterations - iteration.get();
        etaText.set(r > 0 && left > 0 ? "ETA " + duration(left / r) : "ETA –");
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s >= 3600) {
            return s / 3600 + "h " + (s % 3600) / 60 + "m";
        }
        return s >= 60 ? s / 60 + "m " + s % 60 + "s" : s + "s";
    }

    private static String mb(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : (bytes >> 20) + " MB";
    }
}
