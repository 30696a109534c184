package org.ganlab.app.model;

/** One line of {@code metrics.csv}: the values of one training iteration. */
public record MetricRow(long iteration, int epoch, double dLoss, double gLoss,
                        double dReal, double dFake, double millis) {

    /** The engine's header: an exported CSV reads like the run folder's own {@code metrics.csv}. */
    public static final String CSV_HEADER = org.ganlab.engine.run.RunFolder.METRICS_HEADER;

    public String toCsv() {
        return iteration + "," + epoch + "," + dLoss + "," + gLoss + "," + dReal + "," + dFake
                + "," + millis;
    }

    /** Parses a line written by {@link #toCsv()} or by the engine. */
    public static MetricRow parse(String line) {
        String[] f = line.split(",");
        if (f.length < 7) {
            throw new IllegalArgumentException("expected 7 columns, got " + f.length + ": " + line);
        }
        return new MetricRow(Long.parseLong(f[0].trim()), Integer.parseInt(f[1].trim()),
                Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                Double.parseDouble(f[5]), Double.parseDouble(f[6]));
    }
}
