package org.ganlab.app.model;

import java.util.Arrays;

/**
 * A growing x/y series that never holds {@code capacity} points or more, so a chart of it
 * costs the same after 100 iterations as after 100,000. Points are averaged into buckets; when
 * the series is full, neighbouring buckets merge and the bucket size doubles, so old stretches
 * are drawn at the same resolution as new ones.
 */
public final class DecimatedSeries {

    private final int capacity;
    private final double[] xs;
    private final double[] ys;
    private int size;
    private int bucketSize = 1;
    private int pending;
    private double pendingX;
    private double pendingSum;

    /** @param capacity even, at least 4 */
    public DecimatedSeries(int capacity) {
        if (capacity < 4 || capacity % 2 != 0) {
            throw new IllegalArgumentException("capacity must be even and >= 4 (was " + capacity + ")");
        }
        this.capacity = capacity;
        this.xs = new double[capacity];
        this.ys = new double[capacity];
    }

    public void add(double x, double y) {
        if (!Double.isFinite(y)) {
            return;
        }
        pending++;
        pendingX = x;
        pendingSum += y;
        if (pending == bucketSize) {
            xs[size] = pendingX;
            ys[size] = pendingSum / pending;
            size++;
            pending = 0;
            pendingSum = 0;
            if (size == capacity) {
                halve();
            }
        }
    }

    private void halve() {
        for (int i = 0; i < capacity / 2; i++) {
            xs[i] = xs[2 * i + 1];
            ys[i] = (ys[2 * i] + ys[2 * i + 1]) / 2;
        }
        size = capacity / 2;
        bucketSize *= 2;
    }

    public void clear() {
        size = 0;
        bucketSize = 1;
        pending = 0;
        pendingSum = 0;
        Arrays.fill(xs, 0);
        Arrays.fill(ys, 0);
    }

    /** Points ready to draw, including a partly filled last bucket. */
    public int size() {
        return size + (pending > 0 ? 1 : 0);
    }

    public double x(int i) {
        return i < size ? xs[i] : pendingX;
    }

    public double y(int i) {
        return i < size ? ys[i] : pendingSum / pending;
    }

    /** Raw points averaged into each drawn point. */
    public int bucketSize() {
        return bucketSize;
    }

    public int capacity() {
        return capacity;
    }
}
