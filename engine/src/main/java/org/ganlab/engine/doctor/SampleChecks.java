package org.ganlab.engine.doctor;

import java.util.Map;
import java.util.function.Supplier;
import org.ganlab.engine.diagnosis.DiagnosisKind;
import org.ganlab.engine.diagnosis.Numbers;
import org.ganlab.engine.diagnosis.Severity;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent.DiversityMeasured;
import org.ganlab.engine.train.TrainingEvent.MetricsComputed;

/**
 * The checks on what the samples look like, run at each snapshot (and at each quality-metrics
 * epoch): mode collapse from the samples' diversity against real data, from the metrics
 * classifier's class coverage and, for 2-D runs, from the modes covered; no progress from the
 * fixed-noise samples no longer changing. Keeps the latest reading of each signal between checks.
 */
final class SampleChecks {

    /** Image samples less varied than this share of real data count as collapsed. */
    static final double COLLAPSED_RATIO = 0.4;
    /** ... and they must also have lost this share of the best diversity the run reached. */
    static final double LOST_SHARE = 0.6;
    /**
     * 2-D points spread less than this share of the data's spread count as collapsed: a young
     * healthy G starts as a clump too (the evaluation's healthy wgan-gp run: 0.2 at iteration 200,
     * 0.38 at 300), so a higher bar would call its growth a collapse.
     */
    static final double COLLAPSED_RATIO_2D = 0.3;
    /** Samples that moved less than this share of real diversity since the last snapshot have not changed. */
    static final double UNCHANGED = 0.005;
    /** Iterations before the samples are judged at all: an untrained G's output says nothing. */
    static final long WARMUP = 200;

    private DiversityMeasured diversity;
    private MetricsComputed metrics;
    private double peakRatio;
    private int peakModes;

    void add(DiversityMeasured d) {
        diversity = d;
        if (d.iteration() >= WARMUP) {
            peakRatio = Math.max(peakRatio, finite(d.ratio()));
            peakModes = Math.max(peakModes, d.modesCovered());
        }
    }

    void add(MetricsComputed m) {
        metrics = m;
    }

    Finding modeCollapse(TrainingConfig c) {
        boolean byClasses = metrics != null && metrics.collapsed();
        boolean byDiversity = diversity != null && diversity.iteration() >= WARMUP && diverseCollapse();
        if (!byClasses && !byDiversity) {
            return null;
        }
        Map<String, Double> e = new java.util.LinkedHashMap<>();
        StringBuilder summary = new StringBuilder();
        if (diversity != null) {
            e.put("diversity", diversity.ratio());
            e.put("peak_diversity", peakRatio);
            summary.append(String.format("samples are %s%% as varied as real data (best so far %s%%)",
                    Numbers.compact(100 * diversity.ratio()), Numbers.compact(100 * peakRatio)));
            if (diversity.modes() > 0) {
                e.put("modes_covered", (double) diversity.modesCovered());
                e.put("modes", (double) diversity.modes());
                summary.append(String.format(", %d of %d modes covered", diversity.modesCovered(), diversity.modes()));
            }
        }
        if (metrics != null) {
            e.put("class_coverage", (double) metrics.coverage());
            e.put("classes", (double) metrics.classShares().length);
            summary.append(summary.length() > 0 ? ", " : "")
                    .append(String.format("%d of %d classes drawn", metrics.coverage(), metrics.classShares().length));
        }
        return new Finding(DiagnosisKind.MODE_COLLAPSE, Severity.CRITICAL, e, summary::toString, () -> Advice.modeCollapse(c));
    }

    private boolean diverseCollapse() {
        double ratio = diversity.ratio();
        if (diversity.modes() > 0) {
            // a young 2-D run covers few modes while it spreads: only losing half the best coverage counts
            boolean lostModes = peakModes >= 4 && diversity.modesCovered() * 2 <= peakModes;
            return lostModes || ratio < COLLAPSED_RATIO_2D;
        }
        return ratio < COLLAPSED_RATIO && ratio < LOST_SHARE * peakRatio;
    }

    Finding noProgress(TrainingConfig c) {
        if (diversity == null || diversity.iteration() < WARMUP || !(diversity.change() < UNCHANGED)) {
            return null;
        }
        Map<String, Double> e = StepChecks.evidence("sample_change", diversity.change(), "diversity", diversity.ratio(),
                "learning_rate_g", c.learningRateG());
        Supplier<String> summary = () -> String.format("the fixed-noise samples moved %s%% of real data's spread since the last snapshot",
                Numbers.compact(100 * diversity.change()));
        return new Finding(DiagnosisKind.NO_PROGRESS, Severity.WARNING, e, summary, () -> Advice.noProgress(c));
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }
}
