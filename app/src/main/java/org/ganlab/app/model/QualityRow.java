package org.ganlab.app.model;

/**
 * The quality columns of one {@code metrics.csv} row ({@code fid,coverage,score}), filled on the
 * rows where quality metrics were computed. Class shares are not kept in the file.
 */
public record QualityRow(long iteration, int epoch, double fid, int coverage, double score) {
}
