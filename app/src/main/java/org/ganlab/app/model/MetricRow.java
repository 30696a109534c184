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
}
