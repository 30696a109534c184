package org.ganlab.app.model;

import java.util.List;

/**
 * The L2 norms of D's and G's gradients at one iteration, as {@code metrics.csv} has them in its
 * {@code grad_norm_d} and {@code grad_norm_g} columns. NaN where a row has no value (a column
 * missing from an older run, or an empty cell).
 */
public record GradientNorm(long iteration, double d, double g) {

    public static final String D_COLUMN = "grad_norm_d";
    public static final String G_COLUMN = "grad_norm_g";

    /**
     * Reads the columns by their header names, wherever the engine put them (quality columns may
     * come before or after).
     */
    public static final class Columns {
        private final int d;
        private final int g;

        private Columns(int d, int g) {
            this.d = d;
            this.g = g;
        }

        /** The columns of a header line; {@link #present()} is false when it has neither. */
        public static Columns of(String header) {
            List<String> names = List.of(header.trim().split(",", -1));
            return new Columns(names.indexOf(D_COLUMN), names.indexOf(G_COLUMN));
        }

        public boolean present() {
            return d >= 0 || g >= 0;
        }

        /** The norms on one data line of the same file. */
        public GradientNorm parse(String line) {
            String[] f = line.split(",", -1);
            return new GradientNorm(Long.parseLong(f[0].trim()), cell(f, d), cell(f, g));
        }

        private static double cell(String[] f, int i) {
            return i < 0 || i >= f.length || f[i].isBlank() ? Double.NaN : Double.parseDouble(f[i].trim());
        }
    }
}
