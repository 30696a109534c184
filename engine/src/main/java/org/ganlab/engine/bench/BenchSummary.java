package org.ganlab.engine.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The closing table of {@code ganlab bench}: per (model, batch), our time and the peer's of every
 * round, the ratio of each adjacent pair, their median, and issue 10's goal for the model. Only
 * ratios of adjacent runs are compared: this VM's speed drifts by up to 2.5× within an hour, so
 * a ratio of two medians taken far apart would mean little.
 */
public final class BenchSummary {

    /** Issue 10's goals: our time / PyTorch's, same run. */
    private static final Map<String, Double> GOALS = Map.of("mlp", 0.8, "dcgan", 0.7);
    private static final String NONE = "–";

    private final Map<String, Row> rows = new LinkedHashMap<>();

    /** One round: our ms per iteration and the peer's right after (NaN without a peer). */
    public void add(String model, int batch, double oursMillis, double torchMillis) {
        rows.computeIfAbsent(model + "/" + batch, k -> new Row(model, batch)).add(oursMillis, torchMillis);
    }

    /** The goal ratio for a model, or NaN when issue 10 sets none. */
    public static double goal(String model) {
        return GOALS.getOrDefault(model, Double.NaN);
    }

    /** The median of some values (the mean of the middle two for an even count); NaN for none. */
    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }

    /** The Markdown table, header first, one line per (model, batch) in the order first added. */
    public String markdown() {
        StringBuilder s = new StringBuilder()
                .append("| model | batch | ours ms/iter | ms/image | torch ms/iter | ratio per pair | median ratio | goal | met? |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows.values()) {
            s.append(r.markdown()).append('\n');
        }
        return s.toString();
    }

    private static final class Row {
        final String model;
        final int batch;
        final List<Double> ours = new ArrayList<>();
        final List<Double> torch = new ArrayList<>();

        Row(String model, int batch) {
            this.model = model;
            this.batch = batch;
        }

        void add(double oursMillis, double torchMillis) {
            ours.add(oursMillis);
            torch.add(torchMillis);
        }

        /** Ratios of the rounds that had a peer. */
        List<Double> ratios() {
            List<Double> r = new ArrayList<>();
            for (int i = 0; i < ours.size(); i++) {
                if (!Double.isNaN(torch.get(i))) {
                    r.add(ours.get(i) / torch.get(i));
                }
            }
            return r;
        }

        String markdown() {
            List<Double> ratios = ratios();
            double median = median(ratios);
            double goal = goal(model);
            String met = Double.isNaN(median) || Double.isNaN(goal) ? NONE : median <= goal ? "yes" : "no";
            return String.join(" | ", Arrays.asList("| " + model, String.valueOf(batch), joined(ours, "%.2f", ""),
                    format("%.3f", median(ours) / batch), joined(torch, "%.2f", ""), joined(ratios, "%.2f", "×"),
                    format("%.2f", median) + (Double.isNaN(median) ? "" : "×"),
                    Double.isNaN(goal) ? NONE : "≤ " + format("%.1f", goal) + "×", met + " |"));
        }

        private static String joined(List<Double> values, String pattern, String unit) {
            String s = values.stream().filter(v -> !Double.isNaN(v)).map(v -> format(pattern, v) + unit)
                    .collect(Collectors.joining(" / "));
            return s.isEmpty() ? NONE : s;
        }

        private static String format(String pattern, double v) {
            return Double.isNaN(v) ? NONE : String.format(Locale.ROOT, pattern, v);
        }
    }
}
