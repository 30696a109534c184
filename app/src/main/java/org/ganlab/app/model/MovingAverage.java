package org.ganlab.app.model;

/**
 * The exponential moving average the loss charts draw beside the raw values (live, and for the
 * runs compared on the Runs page). NaN and infinite values are skipped: one bad step must not
 * poison every later point.
 */
public final class MovingAverage {

    /** Weight of the newest point. */
    public static final double WEIGHT = 0.05;

    private double value = Double.NaN;

    /** Adds {@code v} and returns the average so far (NaN until a finite value arrived). */
    public double add(double v) {
        if (Double.isFinite(v)) {
            value = Double.isNaN(value) ? v : value + WEIGHT * (v - value);
        }
        return value;
    }

    public void clear() {
        value = Double.NaN;
    }
}
