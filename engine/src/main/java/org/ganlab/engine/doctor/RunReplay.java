package org.ganlab.engine.doctor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.engine.checkpoint.ConfigJson;
import org.ganlab.engine.diagnosis.Diagnosis;
import org.ganlab.engine.diagnosis.DiagnosisKind;
import org.ganlab.engine.run.ChangeLog;
import org.ganlab.engine.run.ConfigChange;
import org.ganlab.engine.run.MetricsFile;
import org.ganlab.engine.run.RunFolder;
import org.ganlab.engine.toy.ToyDistribution;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;
import org.ganlab.engine.train.TrainingListener;

/**
 * Diagnoses a finished run from its folder: replays {@code metrics.csv} (and the live changes of
 * {@code changes.csv}) through a {@link TrainingDoctor}, so runs from before the doctor get a
 * diagnosis too. Older metrics without gradient norms or diversity skip the checks that need
 * them. A NaN loss ends a run before its row is written, so divergences the live doctor recorded
 * in {@code diagnoses.jsonl} and the replay cannot see are added from there.
 */
public final class RunReplay {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The metrics classifier's data sets have ten classes; metrics.csv does not keep the shares. */
    private static final int METRIC_CLASSES = 10;

    private RunReplay() {
    }

    /**
     * What the replay found.
     *
     * @param diagnoses every diagnosis, in the order they began
     * @param verdict   the doctor's verdict at the run's last iteration (HEALTHY, with its numbers, when nothing is ongoing)
     */
    public record Result(List<Diagnosis> diagnoses, Diagnosis verdict) {
        public Result {
            diagnoses = List.copyOf(diagnoses);
        }
    }

    /**
     * Replays the run's records through a doctor.
     *
     * @throws IOException naming the folder when it is not a run folder or its metrics hold no rows
     */
    public static Result diagnose(Path runDir) throws IOException {
        return diagnose(runDir, event -> { });
    }

    /** As {@link #diagnose(Path)}, also handing every event the doctor publishes to {@code watcher}. */
    public static Result diagnose(Path runDir, TrainingListener watcher) throws IOException {
        if (!Files.isRegularFile(runDir.resolve(RunFolder.CONFIG))) {
            throw new IOException(runDir + " is not a run folder: it has no " + RunFolder.CONFIG);
        }
        Path metricsFile = runDir.resolve(RunFolder.METRICS);
        if (!Files.isRegularFile(metricsFile)) {
            throw new IOException(runDir + " has no " + RunFolder.METRICS + ": nothing to diagnose");
        }
        MetricsFile table = MetricsFile.read(metricsFile);
        if (table.rows() == 0) {
            throw new IOException(metricsFile + " has no rows: the run stopped before its first iteration");
        }
        Map<String, Diagnosis> found = new LinkedHashMap<>();
        TrainingDoctor doctor = new TrainingDoctor(event -> {
            collect(event, found);
            watcher.onEvent(event);
        });
        feed(doctor, runDir, table);
        for (Diagnosis d : DiagnosisLog.read(runDir)) {
            if (d.kind() == DiagnosisKind.DIVERGENCE && found.values().stream().noneMatch(f -> f.kind() == DiagnosisKind.DIVERGENCE)) {
                found.put(key(d), d);
            }
        }
        List<Diagnosis> all = new ArrayList<>(found.values());
        all.sort(Comparator.comparingLong(Diagnosis::startIteration));
        return new Result(all, doctor.verdict());
    }

    /**
     * Feeds the run's records into {@code doctor} as if it had watched them: its config (as it
     * started, with the live changes undone), every metrics row and the changes where they were
     * made. A continued run's doctor is primed so, then watches the training that follows.
     */
    static void feed(TrainingDoctor doctor, Path runDir, MetricsFile table) throws IOException {
        if (table.rows() == 0) {
            return;
        }
        List<ConfigChange> changes = ChangeLog.read(runDir);
        TrainingConfig config = before(ConfigJson.read(runDir.resolve(RunFolder.CONFIG)), changes);
        doctor.onEvent(new TrainingEvent.RunStarted(0, runDir, config, "replay", 0, table.lastIteration(), 0));
        feed(doctor, table, config, changes, modesOf(config));
    }

    private static void feed(TrainingDoctor doctor, MetricsFile t, TrainingConfig config, List<ConfigChange> changes,
                             int modes) {
        double[] it = t.column(MetricsFile.ITERATION);
        double[] epoch = t.column(MetricsFile.EPOCH);
        double[] dLoss = t.column(MetricsFile.D_LOSS);
        double[] gLoss = t.column(MetricsFile.G_LOSS);
        double[] dReal = t.column(MetricsFile.D_REAL);
        double[] dFake = t.column(MetricsFile.D_FAKE);
        double[] ms = t.column(MetricsFile.MILLIS);
        double[] normD = t.column(MetricsFile.GRAD_NORM_D);
        double[] normG = t.column(MetricsFile.GRAD_NORM_G);
        double[] diversity = t.column(MetricsFile.DIVERSITY);
        double[] covered = t.column(MetricsFile.MODES_COVERED);
        double[] change = t.column(MetricsFile.SAMPLE_CHANGE);
        double[] coverage = t.column(MetricsFile.COVERAGE);
        double[] fid = t.column(MetricsFile.FID);
        double[] score = t.column(MetricsFile.SCORE);
        int next = 0;
        for (int r = 0; r < t.rows(); r++) {
            long iteration = (long) it[r];
            // a change recorded at iteration k applies from k + 1
            List<ConfigChange> due = new ArrayList<>();
            while (next < changes.size() && changes.get(next).iteration() < iteration) {
                due.add(changes.get(next++));
            }
            if (!due.isEmpty()) {
                config = applied(config, due);
                doctor.changed(due, config);
            }
            doctor.onEvent(new TrainingEvent.StepCompleted(iteration, (int) epoch[r], dLoss[r], gLoss[r], dReal[r], dFake[r],
                    ms[r], normD[r], normG[r]));
            if (Double.isFinite(coverage[r])) {
                int c = (int) coverage[r];
                doctor.onEvent(new TrainingEvent.MetricsComputed(iteration, (int) epoch[r], fid[r], c,
                        score[r], new double[METRIC_CLASSES], c <= METRIC_CLASSES / 2));
            }
            if (Double.isFinite(diversity[r])) {
                doctor.onEvent(new TrainingEvent.DiversityMeasured(iteration, diversity[r], 1.0,
                        Double.isFinite(covered[r]) ? (int) covered[r] : 0, Double.isFinite(covered[r]) ? modes : 0, change[r]));
            }
        }
    }

    private static int modesOf(TrainingConfig config) {
        try {
            return ToyDistribution.isToy(config.dataset()) ? ToyDistribution.named(config.dataset()).modes().size() : 0;
        } catch (IOException e) {
            return 0; // a points:FILE set that has moved: the modes are unknown
        }
    }

    private static void collect(TrainingEvent event, Map<String, Diagnosis> found) {
        if (event instanceof TrainingEvent.DiagnosisStarted s) {
            found.put(key(s.diagnosis()), s.diagnosis());
        } else if (event instanceof TrainingEvent.DiagnosisEnded e) {
            found.put(key(e.diagnosis()), e.diagnosis());
        }
    }

    private static String key(Diagnosis d) {
        return d.kind() + "@" + d.startIteration();
    }

    /** The config the run started with: the saved (final) one with the live changes undone, latest first. */
    static TrainingConfig before(TrainingConfig last, List<ConfigChange> changes) throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(ConfigJson.toJson(last));
        for (int i = changes.size() - 1; i >= 0; i--) {
            put(tree, changes.get(i).field(), changes.get(i).oldValue());
        }
        return ConfigJson.fromJson(JSON.writeValueAsString(tree), "config.json with changes.csv undone");
    }

    private static TrainingConfig applied(TrainingConfig config, List<ConfigChange> changes) {
        try {
            ObjectNode tree = (ObjectNode) JSON.readTree(ConfigJson.toJson(config));
            changes.forEach(c -> put(tree, c.field(), c.newValue()));
            return ConfigJson.fromJson(JSON.writeValueAsString(tree), "changes.csv");
        } catch (IOException | IllegalArgumentException e) {
            return config; // a change the config no longer takes: advice keeps the earlier values
        }
    }

    private static void put(ObjectNode tree, String field, String value) {
        try {
            tree.put(field, Long.parseLong(value.trim()));
        } catch (NumberFormatException notWhole) {
            try {
                tree.put(field, Double.parseDouble(value.trim()));
            } catch (NumberFormatException notNumber) {
                tree.put(field, value);
            }
        }
    }
}
