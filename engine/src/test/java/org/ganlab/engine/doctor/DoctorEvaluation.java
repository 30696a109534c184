package org.ganlab.engine.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.ganlab.engine.Backend;
import org.ganlab.engine.diagnosis.Diagnosis;
import org.ganlab.engine.diagnosis.DiagnosisKind;
import org.ganlab.engine.diagnosis.Severity;
import org.ganlab.engine.run.DataSources;
import org.ganlab.engine.train.GanTrainer;
import org.ganlab.engine.train.NonFiniteLossException;
import org.ganlab.engine.train.Samples;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingData;
import org.ganlab.engine.train.TrainingEvent;

/**
 * The doctor's evaluation set (docs/DOCTOR.md): short runs with known settings, healthy ones at
 * the defaults of each model and loss family and ones with an induced failure. {@code train}
 * trains each with the doctor watching as a run would (steps, live changes, diversity at
 * snapshots) and keeps its records ({@link EvaluationFolder}); {@code replay} diagnoses the kept
 * records with the doctor as it is now and measures each failure's onset from them
 * ({@link EvaluationReplay}, {@link FailureOnset}). Prints one Markdown table row per run: what
 * was expected from which iteration, what the doctor said and when, and its cost per step.
 *
 * <p>Run from the engine module's test classpath ({@code main} says how). Not a test: training
 * takes minutes.
 */
public final class DoctorEvaluation {

    /** A failure counts as found when the doctor names it within this many iterations of its onset. */
    static final long ALLOWED_DELAY = 500;

    /**
     * One run of the set.
     *
     * @param expected kinds any of which names the failure correctly; empty for a healthy run
     * @param onset    the iteration the failure is induced at (0 when by the settings from the start)
     * @param change   the live change made at {@code onset} (null for none)
     */
    record Case(String name, TrainingConfig config, int iterations, Set<DiagnosisKind> expected, long onset,
                UnaryOperator<TrainingConfig> change) {}

    private DoctorEvaluation() {
    }

    static TrainingConfig mnist(String model, String loss) {
        return TrainingConfig.defaults().withModel(model).withLoss(loss).withSubset(12_800).withBatchSize(64)
                .withSnapshotEvery(100);
    }

    static TrainingConfig ring(String loss) {
        return TrainingConfig.defaults().withDataset("ring8").withModel("mlp2d").withLoss(loss).withBatchSize(64).withHiddenUnits(32)
                .withLatentSize(2).withLearningRateG(1e-3).withLearningRateD(1e-3).withBetasG(0.5, 0.9)
                .withBetasD(0.5, 0.9).withSnapshotEvery(100);
    }

    static List<Case> cases() {
        Set<DiagnosisKind> none = Set.of();
        Set<DiagnosisKind> overpowers = Set.of(DiagnosisKind.D_OVERPOWERS_G, DiagnosisKind.VANISHING_G_GRADIENT);
        Set<DiagnosisKind> unstable = Set.of(DiagnosisKind.DIVERGENCE, DiagnosisKind.OSCILLATION, DiagnosisKind.MODE_COLLAPSE);
        Set<DiagnosisKind> anyFailure = Set.of(DiagnosisKind.D_OVERPOWERS_G, DiagnosisKind.DIVERGENCE,
                DiagnosisKind.MODE_COLLAPSE, DiagnosisKind.OSCILLATION, DiagnosisKind.VANISHING_G_GRADIENT);
        return List.of(
                new Case("ring8-bce-healthy", ring("bce"), 1500, none, 0, null),
                new Case("ring8-minimax-healthy", ring("minimax"), 1500, none, 0, null),
                new Case("ring8-lsgan-healthy", ring("lsgan"), 1500, none, 0, null),
                new Case("ring8-hinge-healthy", ring("hinge"), 1500, none, 0, null),
                new Case("ring8-wgan-healthy", ring("wgan").withDStepsPerGStep(5).withWeightClip(0.1), 1500, none, 0, null),
                new Case("ring8-wgan-gp-healthy", ring("wgan-gp").withDStepsPerGStep(5), 1500, none, 0, null),
                new Case("ring8-collapse-lr-g-high", ring("bce").withLearningRateG(2e-2), 1500,
                        Set.of(DiagnosisKind.MODE_COLLAPSE), 0, null),
                new Case("ring8-lr-d-10x-lr-g-tiny", ring("bce").withLearningRateD(1e-2).withLearningRateG(1e-5), 1000,
                        overpowers, 0, null),
                new Case("ring8-wgan-clip-10", ring("wgan").withDStepsPerGStep(5).withWeightClip(10), 1500, unstable, 0, null),
                new Case("ring8-d-steps-10", ring("bce").withDStepsPerGStep(10), 1500, overpowers, 0, null),
                new Case("ring8-wgan-d-steps-1", ring("wgan").withWeightClip(0.1), 1500, unstable, 0, null),
                new Case("ring8-latent-1", ring("bce").withLatentSize(1), 1500, Set.of(DiagnosisKind.MODE_COLLAPSE), 0, null),
                new Case("ring8-lr-far-too-high", ring("bce").withLearningRateG(0.2).withLearningRateD(0.2), 1500,
                        anyFailure, 0, null),
                new Case("mlp-bce-healthy", mnist("mlp", "bce"), 1000, none, 0, null),
                new Case("mlp-lr-g-raised-mid-run", mnist("mlp", "bce"), 1000, anyFailure, 400, c -> c.withLearningRateG(2e-3)),
                new Case("mlp-lr-d-10x-lr-g-tiny", mnist("mlp", "bce").withLearningRateD(2e-3).withLearningRateG(2e-5),
                        800, overpowers, 0, null),
                new Case("dcgan-bce-healthy", mnist("dcgan", "bce"), 400, none, 0, null),
                new Case("mlp-wgan-gp-healthy", mnist("mlp", "wgan-gp").withDStepsPerGStep(5), 1000, none, 0, null),
                new Case("mlp-hinge-healthy", mnist("mlp", "hinge"), 1000, none, 0, null),
                new Case("mlp-lsgan-healthy", mnist("mlp", "lsgan"), 1000, none, 0, null),
                new Case("mlp-latent-1", mnist("mlp", "bce").withLatentSize(1), 800, Set.of(DiagnosisKind.MODE_COLLAPSE), 0, null),
                new Case("mlp-lr-far-too-high", mnist("mlp", "bce").withLearningRateG(2e-2).withLearningRateD(2e-2), 600,
                        anyFailure, 0, null),
                new Case("mlp-minimax-healthy", mnist("mlp", "minimax"), 1000, none, 0, null),
                new Case("mlp-wgan-clip-10", mnist("mlp", "wgan").withWeightClip(10).withDStepsPerGStep(5), 1000, unstable, 0, null),
                new Case("mlp-d-steps-10", mnist("mlp", "bce").withDStepsPerGStep(10), 1000, overpowers, 0, null),
                new Case("mlp-wgan-healthy", mnist("mlp", "wgan").withDStepsPerGStep(5), 1000, none, 0, null),
                new Case("mlp-minimax-lr-d-10x", mnist("mlp", "minimax").withLearningRateD(2e-3), 1000, overpowers, 0, null),
                new Case("mlp-lr-g-tiny", mnist("mlp", "bce").withLearningRateG(1e-7), 1000,
                        Set.of(DiagnosisKind.NO_PROGRESS, DiagnosisKind.D_OVERPOWERS_G), 0, null));
    }

    /** What one run gave. */
    record Outcome(Case c, List<Diagnosis> said, Map<String, Long> namedAt, long doctorNanos, long steps, double stepMillis,
                   long onset, String end) {

        static String key(Diagnosis d) {
            return d.kind() + "@" + d.startIteration();
        }

        /** The iteration the doctor published the diagnosis at (its start is dated earlier, from the first check that saw it). */
        long named(Diagnosis d) {
            return namedAt.getOrDefault(key(d), d.startIteration());
        }

        /** True for an induced failure whose records never showed it (then nothing should be said, as for a healthy run). */
        boolean didNotFail() {
            return !c.expected().isEmpty() && onset < 0;
        }

        boolean warned() {
            return said.stream().anyMatch(d -> d.severity() != Severity.INFO);
        }

        /** The first diagnosis of an expected kind within the allowed delay of the onset; null when none. */
        Diagnosis hit() {
            return said.stream().filter(d -> c.expected().contains(d.kind()))
                    .filter(d -> named(d) - onset <= ALLOWED_DELAY && (d.ongoing() || d.endIteration() >= onset))
                    .findFirst().orElse(null);
        }

        boolean correct() {
            return c.expected().isEmpty() || didNotFail() ? !warned() : hit() != null;
        }
    }

    static Outcome run(Case c, Path dir) throws Exception {
        TrainingConfig config = c.config();
        TrainingData data = DataSources.load(config);
        GanTrainer trainer = new GanTrainer(config, data);
        List<Diagnosis> said = new ArrayList<>();
        Map<String, Long> namedAt = new HashMap<>();
        TrainingDoctor doctor = new TrainingDoctor(e -> {
            if (e instanceof TrainingEvent.DiagnosisStarted s) {
                said.add(s.diagnosis());
                namedAt.put(Outcome.key(s.diagnosis()), s.iteration());
            }
        });
        SampleDiversity diversity = SampleDiversity.of(data, config.seed());
        doctor.onEvent(new TrainingEvent.RunStarted(0, null, config, Backend.initialize(), trainer.batchesPerEpoch(),
                c.iterations(), 0));
        long doctorNanos = 0;
        double stepMillis = 0;
        String end = "finished";
        try (EvaluationFolder folder = new EvaluationFolder(dir, config)) {
            while (trainer.iteration() < c.iterations()) {
                if (c.change() != null && trainer.iteration() == c.onset()) {
                    TrainingConfig before = trainer.config();
                    trainer.apply(c.change().apply(before));
                    folder.changed(trainer.iteration(), before, trainer.config());
                    doctor.onEvent(new TrainingEvent.ConfigChanged(trainer.iteration(), trainer.config()));
                }
                TrainingEvent.StepCompleted step;
                try {
                    step = trainer.step();
                } catch (NonFiniteLossException e) {
                    doctor.onEvent(new TrainingEvent.RunFailed(trainer.iteration() + 1, e.getMessage(), e));
                    end = "NaN at " + (trainer.iteration() + 1);
                    break;
                }
                stepMillis += step.millis();
                folder.step(step);
                long t0 = System.nanoTime();
                doctor.onEvent(step);
                doctorNanos += System.nanoTime() - t0;
                if (trainer.iteration() % config.snapshotEvery() == 0) {
                    Samples samples = trainer.sampleGrid();
                    TrainingEvent.DiversityMeasured measured = diversity.measure(trainer.iteration(), samples);
                    folder.diversity(measured);
                    doctor.onEvent(measured);
                    doctor.onEvent(new TrainingEvent.SamplesGenerated(trainer.iteration(), 1, false, samples));
                }
            }
            long steps = Math.max(1, trainer.iteration());
            folder.cost((double) doctorNanos / steps, stepMillis / steps);
            return new Outcome(c, said, namedAt, doctorNanos, steps, stepMillis / steps, c.onset(), end);
        }
    }

    static String header() {
        return "| run | expected (onset) | the doctor said (kind@dated→named) | delay | right? | doctor ns/step | step ms | doctor cost |\n"
                + "|---|---|---|---|---|---|---|---|";
    }

    static String row(Outcome o) {
        String kinds = o.c().expected().stream().map(Enum::name).sorted().collect(Collectors.joining(" or "));
        String expected = o.c().expected().isEmpty() ? "healthy: no warning"
                : o.didNotFail() ? kinds + " (the records never showed a failure: no warning)" : kinds + " (" + o.onset() + ")";
        String said = o.said().isEmpty() ? "nothing" : o.said().stream()
                .map(d -> d.kind() + "@" + d.startIteration() + "→" + o.named(d)).collect(Collectors.joining(", "));
        Diagnosis hit = o.c().expected().isEmpty() || o.didNotFail() ? null : o.hit();
        String delay = hit == null ? "–" : Long.toString(o.named(hit) - o.onset());
        double nsPerStep = (double) o.doctorNanos() / o.steps();
        return String.format(Locale.ROOT, "| %s | %s | %s%s | %s | %s | %.0f | %.2f | %.3f%% |", o.c().name(), expected, said,
                o.end().equals("finished") ? "" : " (" + o.end() + ")", delay, o.correct() ? "yes" : "**no**", nsPerStep,
                o.stepMillis(), 100 * nsPerStep / 1e6 / o.stepMillis());
    }

    /**
     * {@code DoctorEvaluation train|replay [--out DIR] [RUN_NAME ...]}: {@code train} trains the
     * runs (all without names) and keeps each one's records in DIR/RUN_NAME; {@code replay}
     * diagnoses the kept records again with the doctor as it is now. Rows are appended to
     * DIR/rows-train.md or DIR/rows-replay.md as each run finishes.
     */
    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean replay = !rest.isEmpty() && rest.get(0).equals("replay");
        if (!rest.isEmpty() && (rest.get(0).equals("replay") || rest.get(0).equals("train"))) {
            rest.remove(0);
        }
        Path out = Path.of("target/doctor-evaluation");
        if (rest.size() >= 2 && rest.get(0).equals("--out")) {
            out = Path.of(rest.get(1));
            rest = rest.subList(2, rest.size());
        }
        Set<String> only = Set.copyOf(rest);
        Files.createDirectories(out);
        Path rows = out.resolve(replay ? "rows-replay.md" : "rows-train.md");
        if (!replay) {
            Backend.initialize();
        }
        print(rows, header());
        for (Case c : cases()) {
            Path dir = out.resolve(c.name());
            if (!only.isEmpty() && !only.contains(c.name()) || replay && !Files.exists(dir.resolve("metrics.csv"))) {
                continue;
            }
            Outcome o = replay ? EvaluationReplay.replay(c, dir) : run(c, dir);
            StringBuilder text = new StringBuilder(row(o));
            for (Diagnosis d : o.said()) {
                text.append("\n    ").append(d.kind()).append('@').append(d.startIteration()).append(": ")
                        .append(d.summary()).append(" | ").append(d.advice());
            }
            print(rows, text.toString());
        }
    }

    private static void print(Path rows, String text) throws IOException {
        System.out.println(text);
        System.out.flush();
        Files.writeString(rows, text + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
