package org.ganlab.app.model;

/**
 * The quality columns of one {@code metrics.csv} row ({@code fid,coverage,score}), filled on the
 * rows where quality metrics were computed. Class shares are not kept in the file.
 */
public record QualityRow(long iteration, int epoch, double fid, int coverage, double score) {

    /** The quality values of a metrics line, or null when its quality columns are absent or empty. */
    public static QualityRow parse(String line) {
        String[] f = line.split(",", -1);
        if (f.length < 10 || f[7].isBlank()) {
            return null;
        }
        return new QualityRow(Long.parseLong(f[0].trim()), Integer.parseInt(f[1].trim()),
                Double.parseDouble(f[7]), Integer.parseInt(f[8].trim()), Double.parseDouble(f[9]));
    }
}
