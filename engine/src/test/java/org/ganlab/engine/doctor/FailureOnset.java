package org.ganlab.engine.doctor;

import java.util.Set;
import org.ganlab.engine.diagnosis.DiagnosisKind;
import org.ganlab.engine.run.MetricsFile;

/**
 * When a failure set from the start of a run actually shows in its records, by criteria looser
 * than the doctor's own (so the doctor's delay is measured from the failure, not from iteration
 * 0, and not from its own decision):
 * <ul>
 *   <li>D winning: the 50-iteration mean of D(x) − D(G(z)) first reaches {@value #GAP} of the
 *       family's full real–fake gap (1 for probabilities and LSGAN scores, 2 for hinge);</li>
 *   <li>collapse: the first snapshot (from iteration 200) whose diversity fell below half the
 *       best so far and below half the data's, or whose modes covered fell to half the best;</li>
 *   <li>a blow-up: G's or D's loss first 10× its median size over iterations 20–220.</li>
 * </ul>
 * The onset is the earliest of the criteria that fit the expected kinds; -1 when none crossed:
 * the setting did not make this run fail (then the doctor should say nothing, as for a healthy run).
 */
final class FailureOnset {

    static final double GAP = 0.8;
    private static final int SPAN = 50;

    private FailureOnset() {
    }

    static long of(MetricsFile t, Set<DiagnosisKind> expected, LossFamily family) {
        long onset = Long.MAX_VALUE;
        if (expected.contains(DiagnosisKind.D_OVERPOWERS_G) && family.readsOverpowering()) {
            onset = Math.min(onset, gapReached(t, family == LossFamily.HINGE ? 2 * GAP : GAP));
        }
        if (expected.contains(DiagnosisKind.MODE_COLLAPSE)) {
            onset = Math.min(onset, collapsed(t));
        }
        if (expected.contains(DiagnosisKind.DIVERGENCE) || expected.contains(DiagnosisKind.OSCILLATION)) {
            onset = Math.min(onset, blownUp(t));
        }
        return onset == Long.MAX_VALUE ? -1 : onset;
    }

    private static long gapReached(MetricsFile t, double gap) {
        double[] it = t.column(MetricsFile.ITERATION);
        double[] real = t.column(MetricsFile.D_REAL);
        double[] fake = t.column(MetricsFile.D_FAKE);
        double sum = 0;
        for (int r = 0; r < t.rows(); r++) {
            sum += real[r] - fake[r];
            if (r >= SPAN) {
                sum -= real[r - SPAN] - fake[r - SPAN];
            }
            if (r >= SPAN - 1 && sum / SPAN >= gap) {
                return (long) it[r - SPAN + 1];
            }
        }
        return Long.MAX_VALUE;
    }

    private static long collapsed(MetricsFile t) {
        double[] it = t.column(MetricsFile.ITERATION);
        double[] diversity = t.column(MetricsFile.DIVERSITY);
        double[] modes = t.column(MetricsFile.MODES_COVERED);
        double best = 0;
        double bestModes = 0;
        for (int r = 0; r < t.rows(); r++) {
            if (!Double.isFinite(diversity[r]) || it[r] < SampleChecks.WARMUP) {
                continue;
            }
            boolean lostModes = Double.isFinite(modes[r]) && bestModes >= 4 && modes[r] * 2 <= bestModes;
            if (best > 0 && diversity[r] < best / 2 && diversity[r] < 0.5 || lostModes) {
                return (long) it[r];
            }
            best = Math.max(best, diversity[r]);
            bestModes = Double.isFinite(modes[r]) ? Math.max(bestModes, modes[r]) : bestModes;
        }
        return Long.MAX_VALUE;
    }

    private static long blownUp(MetricsFile t) {
        double[] it = t.column(MetricsFile.ITERATION);
        double[] g = t.column(MetricsFile.G_LOSS);
        double[] d = t.column(MetricsFile.D_LOSS);
        double early = Math.max(median(g, 20, 220), median(d, 20, 220));
        for (int r = 220; r < t.rows(); r++) {
            if (Math.max(Math.abs(g[r]), Math.abs(d[r])) > 10 * early) {
                return (long) it[r];
            }
        }
        return Long.MAX_VALUE;
    }

    private static double median(double[] v, int from, int to) {
        double[] part = java.util.Arrays.stream(v, Math.min(from, v.length), Math.min(to, v.length))
                .filter(Double::isFinite).map(Math::abs).sorted().toArray();
        return part.length == 0 ? Double.NaN : part[part.length / 2];
    }
}
