package org.ganlab.engine.doctor;

/**
 * The mean of the last {@code size} finite values of one signal, kept as a ring and a running
 * sum so that adding a value costs a few nanoseconds. Non-finite values (a G loss before the first
 * G step, a norm from an old metrics.csv) are skipped.
 */
final class Window {

    private final double[] values;
    private int next;
    private int count;
    private double sum;

    Window(int size) {
        this.values = new double[size];
    }

    void add(double v) {
        if (!Double.isFinite(v)) {
            return;
        }
        if (count == values.length) {
            sum -= values[next];
        } else {
            count++;
        }
        values[next] = v;
        sum += v;
        next = (next + 1) % values.length;
    }

    /** NaN until the window holds a value. */
    double mean() {
        return count == 0 ? Double.NaN : sum / count;
    }

    boolean full() {
        return count == values.length;
    }

    int count() {
        return count;
    }

    /** The i-th value from the oldest (0) to the newest ({@code count() - 1}). */
    double get(int i) {
        int oldest = count == values.length ? next : 0;
        return values[(oldest + i) % values.length];
    }

    void clear() {
        next = 0;
        count = 0;
        sum = 0;
    }
}
