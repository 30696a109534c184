package org.ganlab.engine.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a long metric column into what a report chart draws, with a bounded number of points
 * whatever the run's length, so a 100k-iteration run's report stays as small as a short one's.
 *
 * <p>{@link #smoothed} is the app's exponential moving average ({@value #SMOOTHING} per step),
 * averaged into buckets; {@link #envelope} keeps each bucket's lowest and highest raw value, so
 * the faint raw line still shows how far the loss jumped around.
 */
public final class ChartSeries {

    /** The app's smoothing factor (MetricsViewModel.SMOOTHING): weight of the newest value. */
    public static final double SMOOTHING = 0.05;
    /** Most points a series of a report chart holds. */
    public static final int MAX_POINTS = 2000;

    private ChartSeries() {
    }

    /** x and y of the points to draw, in order. */
    public record Points(double[] xs, double[] ys) {
        public int size() {
            return xs.length;
        }
    }

    /** The EMA of the finite values, averaged into at most {@code maxPoints} buckets. */
    public static Points smoothed(double[] xs, double[] ys, int maxPoints) {
        List<double[]> ema = new ArrayList<>();
        double e = Double.NaN;
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(ys[i])) {
                e = Double.isNaN(e) ? ys[i] : e + SMOOTHING * (ys[i] - e);
                ema.add(new double[] {xs[i], e});
            }
        }
        int bucket = bucketSize(ema.size(), maxPoints);
        List<double[]> out = new ArrayList<>();
        for (int start = 0; start < ema.size(); start += bucket) {
            int end = Math.min(ema.size(), start + bucket);
            double sum = 0;
            for (int i = start; i < end; i++) {
                sum += ema.get(i)[1];
            }
            out.add(new double[] {ema.get(end - 1)[0], sum / (end - start)});
        }
        return points(out);
    }

    /**
     * The finite raw values; when there are more than {@code maxPoints}, each bucket's minimum and
     * maximum in the order they occurred (two points per bucket).
     */
    public static Points envelope(double[] xs, double[] ys, int maxPoints) {
        List<double[]> finite = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            if (Double.isFinite(ys[i])) {
                finite.add(new double[] {xs[i], ys[i]});
            }
        }
        if (finite.size() <= maxPoints) {
            return points(finite);
        }
        int bucket = bucketSize(finite.size(), maxPoints / 2);
        List<double[]> out = new ArrayList<>();
        for (int start = 0; start < finite.size(); start += bucket) {
            int end = Math.min(finite.size(), start + bucket);
            int lo = start;
            int hi = start;
            for (int i = start; i < end; i++) {
                lo = finite.get(i)[1] < finite.get(lo)[1] ? i : lo;
                hi = finite.get(i)[1] > finite.get(hi)[1] ? i : hi;
            }
            out.add(finite.get(Math.min(lo, hi)));
            if (lo != hi) {
                out.add(finite.get(Math.max(lo, hi)));
            }
        }
        return points(out);
    }

    private static int bucketSize(int count, int buckets) {
        return Math.max(1, (count + buckets - 1) / Math.max(1, buckets));
    }

    private static Points points(List<double[]> list) {
        double[] xs = new double[list.size()];
        double[] ys = new double[list.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = list.get(i)[0];
            ys[i] = list.get(i)[1];
        }
        return new Points(xs, ys);
    }
}
