package org.ganlab.engine.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's {@code metrics.csv} as columns of numbers, found by their header names so that older
 * folders (fewer columns, {@code millis} instead of {@code ms}) read as well as new ones. Empty
 * cells, such as the quality columns between the iterations that computed them, are NaN; a row
 * torn by a crash is skipped.
 */
public final class MetricsTable {

    public static final String ITERATION = "iteration";
    public static final String D_LOSS = "d_loss";
    public static final String G_LOSS = "g_loss";
    public static final String D_REAL = "d_real";
    public static final String D_FAKE = "d_fake";
    public static final String MILLIS = "ms";
    public static final String FID = "fid";
    public static final String COVERAGE = "coverage";
    public static final String SCORE = "score";
    /** The training doctor's columns (runs since it; absent columns read as NaN). */
    public static final String GRAD_NORM_D = "grad_norm_d";
    public static final String GRAD_NORM_G = "grad_norm_g";
    public static final String DIVERSITY = "diversity";
    public static final String MODES_COVERED = "modes_covered";
    public static final String SAMPLE_CHANGE = "sample_change";

    private final Map<String, double[]> columns;
    private final int rows;

    private MetricsTable(Map<String, double[]> columns, int rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /** Reads the file; a missing header or iteration column is an error naming the file. */
    public static MetricsTable read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).startsWith(ITERATION)) {
            throw new IOException(file.getFileName() + ": expected a header starting with 'iteration'");
        }
        String[] names = lines.get(0).trim().split(",");
        List<double[]> parsed = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            double[] row = parse(line, names.length);
            if (row != null) {
                parsed.add(row);
            }
        }
        Map<String, double[]> columns = new HashMap<>();
        for (int c = 0; c < names.length; c++) {
            double[] column = new double[parsed.size()];
            for (int r = 0; r < column.length; r++) {
                column[r] = parsed.get(r)[c];
            }
            columns.put(canonical(names[c].trim()), column);
        }
        return new MetricsTable(columns, parsed.size());
    }

    private static String canonical(String name) {
        return name.equals("millis") ? MILLIS : name;
    }

    /** The row's values, NaN for empty cells; null for a blank or torn row. */
    private static double[] parse(String line, int width) {
        if (line.isBlank()) {
            return null;
        }
        String[] cells = line.trim().split(",", -1);
        if (cells.length != width) {
            return null;
        }
        double[] row = new double[width];
        try {
            for (int c = 0; c < width; c++) {
                row[c] = cells[c].isBlank() ? Double.NaN : Double.parseDouble(cells[c]);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return Double.isNaN(row[0]) ? null : row;
    }

    public int rows() {
        return rows;
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** True when the column exists and holds at least one number. */
    public boolean hasValues(String column) {
        return has(column) && Arrays.stream(columns.get(column)).anyMatch(Double::isFinite);
    }

    /** A copy of the column; all NaN when the file has no such column. */
    public double[] column(String name) {
        double[] c = columns.get(name);
        if (c == null) {
            double[] none = new double[rows];
            Arrays.fill(none, Double.NaN);
            return none;
        }
        return c.clone();
    }

    /** The column's finite values added up; 0 when it has none. */
    public double sum(String name) {
        return has(name) ? Arrays.stream(columns.get(name)).filter(Double::isFinite).sum() : 0;
    }

    /** The last iteration recorded; 0 for an empty table. */
    public long lastIteration() {
        return rows == 0 ? 0 : (long) columns.get(ITERATION)[rows - 1];
    }
}
