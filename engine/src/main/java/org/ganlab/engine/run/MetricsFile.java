package org.ganlab.engine.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The one reader of a run's {@code metrics.csv}: columns of numbers found by their header names,
 * so older folders (no quality columns, {@code millis} instead of {@code ms}) read as well as new
 * ones. Empty cells, such as the quality columns between the iterations that computed them, are
 * NaN. A last line without its newline was cut off by a crash (or is being written right now) and
 * is left out, as is any row with the wrong number of cells or a cell that is not a number; the
 * complete rows are kept as written, so {@link RunFolderRewind} can write them back unchanged.
 */
public final class MetricsFile {

    public static final String ITERATION = "iteration";
    public static final String EPOCH = "epoch";
    public static final String D_LOSS = "d_loss";
    public static final String G_LOSS = "g_loss";
    public static final String D_REAL = "d_real";
    public static final String D_FAKE = "d_fake";
    /** Wall time of each step in milliseconds (not cumulative). */
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

    private final String header;
    private final List<String> lines;
    private final Map<String, double[]> columns;
    private final int skipped;

    private MetricsFile(String header, List<String> lines, Map<String, double[]> columns, int skipped) {
        this.header = header;
        this.lines = lines;
        this.columns = columns;
        this.skipped = skipped;
    }

    /** No rows and no columns: the metrics of a folder that has none. */
    public static MetricsFile empty() {
        return new MetricsFile("", List.of(), Map.of(), 0);
    }

    /**
     * Reads the file; a file that does not exist yet reads as no rows.
     *
     * @throws IOException naming the file when its first line is not a header starting with "iteration"
     */
    public static MetricsFile read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> all = new ArrayList<>(text.lines().toList());
        if (all.isEmpty() || !all.get(0).startsWith(ITERATION)) {
            throw new IOException(file.getFileName() + ": expected a header starting with 'iteration'");
        }
        if (!text.endsWith("\n") && all.size() > 1) {
            all.remove(all.size() - 1);
        }
        String[] names = all.get(0).trim().split(",");
        List<String> kept = new ArrayList<>();
        List<double[]> parsed = new ArrayList<>();
        for (String line : all.subList(1, all.size())) {
            double[] row = parse(line, names.length);
            if (row != null) {
                kept.add(line);
                parsed.add(row);
            }
        }
        int skipped = (int) all.subList(1, all.size()).stream().filter(l -> !l.isBlank()).count() - kept.size();
        return new MetricsFile(all.get(0), kept, columns(names, parsed), skipped);
    }

    /** The column names of the file's header, without reading its rows; empty for a missing file. */
    public static List<String> columnNames(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().map(h -> Arrays.stream(h.trim().split(",")).map(MetricsFile::canonical).toList())
                    .orElse(List.of());
        }
    }

    private static Map<String, double[]> columns(String[] names, List<double[]> parsed) {
        Map<String, double[]> columns = new HashMap<>();
        for (int c = 0; c < names.length; c++) {
            double[] column = new double[parsed.size()];
            for (int r = 0; r < column.length; r++) {
                column[r] = parsed.get(r)[c];
            }
            columns.put(canonical(names[c].trim()), column);
        }
        return columns;
    }

    private static String canonical(String name) {
        return name.equals("millis") ? MILLIS : name;
    }

    /** The row's values, NaN for empty cells; null for a blank or damaged row. */
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
        return lines.size();
    }

    /** The header line as written; empty for a missing file. */
    public String header() {
        return header;
    }

    /** The complete rows as written, in order. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** Rows left out because they were damaged (the torn last line not counted). */
    public int skipped() {
        return skipped;
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
            double[] none = new double[rows()];
            Arrays.fill(none, Double.NaN);
            return none;
        }
        return c.clone();
    }

    /** One cell; NaN when it is empty or the file has no such column. */
    public double value(String column, int row) {
        double[] c = columns.get(column);
        return c == null ? Double.NaN : c[row];
    }

    /** The column's finite values added up; 0 when it has none. */
    public double sum(String name) {
        return has(name) ? Arrays.stream(columns.get(name)).filter(Double::isFinite).sum() : 0;
    }

    /**
     * Seconds of training up to and including each row: the running sum of the step times, so
     * pauses and the time between a stop and a continue do not count. Rows without a step time add 0.
     */
    public double[] elapsedSeconds() {
        double[] ms = column(MILLIS);
        double[] seconds = new double[ms.length];
        double total = 0;
        for (int i = 0; i < ms.length; i++) {
            total += Double.isFinite(ms[i]) ? ms[i] : 0;
            seconds[i] = total / 1000;
        }
        return seconds;
    }

    /** The last iteration recorded; 0 for an empty table. */
    public long lastIteration() {
        return rows() == 0 ? 0 : (long) columns.get(ITERATION)[rows() - 1];
    }
}
