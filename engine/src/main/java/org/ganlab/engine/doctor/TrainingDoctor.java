package org.ganlab.engine.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ganlab.engine.diagnosis.Diagnosis;
import org.ganlab.engine.diagnosis.DiagnosisKind;
import org.ganlab.engine.diagnosis.Numbers;
import org.ganlab.engine.diagnosis.Severity;
import org.ganlab.engine.loss.Equilibrium;
import org.ganlab.engine.run.ChangeLog;
import org.ganlab.engine.run.ConfigChange;
import org.ganlab.engine.run.MetricsFile;
import org.ganlab.engine.run.RunFolder;
import org.ganlab.engine.train.NonFiniteLossException;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;
import org.ganlab.engine.train.TrainingEvent.DiagnosisEnded;
import org.ganlab.engine.train.TrainingEvent.DiagnosisStarted;
import org.ganlab.engine.train.TrainingEvent.StepCompleted;
import org.ganlab.engine.train.TrainingListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training doctor: reads a run's events and says what is going wrong, why, and what to try.
 * It keeps windows over the step stream ({@link StepSignals}), checks them every
 * {@value #CHECK_EVERY} iterations after a warm-up of {@value #WARMUP}, and the samples at every
 * snapshot ({@link SampleChecks}); each kind of diagnosis starts after its condition has held
 * for a while and ends after it has been gone for a while ({@link Episode}), so it does not
 * flicker. Thresholds follow the run's loss family ({@link LossFamily}). A diagnosis that starts
 * within {@value ChangeHistory#BLAME_WINDOW} iterations of a live change names the change.
 *
 * <p>Publishes {@link DiagnosisStarted}, {@link DiagnosisEnded} and {@link TrainingEvent.Verdict}
 * (on every change of the verdict and at every snapshot) to {@code publish}, and records started
 * and ended diagnoses in the run's {@link DiagnosisLog}. Needs a {@code RunStarted} first; ignores
 * its own events, so it may publish into the stream it reads. Thread-safe.
 */
public final class TrainingDoctor implements TrainingListener {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingDoctor.class);

    /** The doctor checks the step windows every this many iterations (public for ganlab bench --doctor). */
    public static final int CHECK_EVERY = 10;
    /**
     * Step checks start once the first window is full: what an untrained pair does in its first
     * hundred iterations says nothing, and after them D winning or a blow-up is already real (the
     * evaluation's healthy runs raised nothing from here; at 300 failures set from the start were
     * named at 400 at the earliest).
     */
    public static final long WARMUP = StepSignals.WINDOW;
    /** Step diagnoses start after their condition held this many iterations and end after this many without it. */
    static final long HOLD = 100;
    static final long RELEASE = 200;
    /** A loss jump counts as a spike caused by a change only this long after it. */
    static final long SPIKE_WINDOW = 500;

    private final Consumer<TrainingEvent> publish;
    private final DiagnosisLog log;
    private final StepSignals steps = new StepSignals();
    private final SampleChecks samples = new SampleChecks();
    private final ChangeHistory history = new ChangeHistory();
    private final Map<DiagnosisKind, Episode> episodes = new EnumMap<>(DiagnosisKind.class);
    private final Map<DiagnosisKind, Diagnosis> ongoing = new EnumMap<>(DiagnosisKind.class);
    private TrainingConfig config;
    private LossFamily family = LossFamily.BCE;
    private long firstIteration = -1;
    private long changeAt = -1;
    private double gBefore = Double.NaN;
    private double dBefore = Double.NaN;
    private Diagnosis verdict;
    /** While a continued run's records are replayed into it: nothing is published or logged again. */
    private boolean priming;

    /** @param log where started and ended diagnoses are kept ({@link DiagnosisLog#none()} for nowhere) */
    public TrainingDoctor(Consumer<TrainingEvent> publish, DiagnosisLog log) {
        this.publish = publish;
        this.log = log;
        for (DiagnosisKind kind : DiagnosisKind.values()) {
            boolean bySnapshot = kind == DiagnosisKind.MODE_COLLAPSE || kind == DiagnosisKind.NO_PROGRESS;
            // snapshot checks: two snapshots in a row start or end one
            episodes.put(kind, bySnapshot ? new Episode(1, 1) : new Episode(HOLD, RELEASE));
        }
    }

    public TrainingDoctor(Consumer<TrainingEvent> publish) {
        this(publish, DiagnosisLog.none());
    }

    /**
     * The doctor of a run continued from its folder: first replays the folder's metrics.csv and
     * changes.csv (as {@code doctor --run} does, up to the checkpoint they were cut back to) without
     * publishing or logging anything, so it goes on with the run's early gradient level, its best
     * diversity, its windows and the diagnoses still ongoing, which diagnoses.jsonl already holds
     * (each ends there later under the same start, so none is written twice). A folder whose
     * metrics are missing, empty or unreadable (a bare checkpoint) gets a doctor that starts fresh:
     * its memory is worth having, not worth refusing to continue for.
     */
    public static TrainingDoctor continuing(Consumer<TrainingEvent> publish, DiagnosisLog log, Path runDir) {
        Path metrics = runDir.resolve(RunFolder.METRICS);
        try {
            if (Files.isRegularFile(metrics) && Files.size(metrics) > 0) {
                TrainingDoctor doctor = new TrainingDoctor(publish, log);
                doctor.priming = true;
                RunReplay.feed(doctor, runDir, MetricsFile.read(metrics));
                doctor.priming = false;
                return doctor;
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The training doctor starts afresh: {} could not be replayed ({})", metrics, e.getMessage());
        }
        return new TrainingDoctor(publish, log);
    }

    @Override
    public synchronized void onEvent(TrainingEvent event) {
        if (event instanceof TrainingEvent.RunStarted r) {
            config = r.config();
            family = LossFamily.of(config.loss());
            if (!priming && firstIteration >= 0) {
                publishVerdict(r.iteration(), true); // a continued run: the verdict its records left
            }
        } else if (config == null) {
            return;
        } else if (event instanceof StepCompleted s) {
            step(s);
        } else if (event instanceof TrainingEvent.ConfigChanged c) {
            changed(ChangeLog.diff(c.iteration(), config, c.config()), c.config());
        } else if (event instanceof TrainingEvent.DiversityMeasured d) {
            samples.add(d);
            checkSamples(d.iteration());
        } else if (event instanceof TrainingEvent.MetricsComputed m) {
            samples.add(m);
            checkSamples(m.iteration());
        } else if (event instanceof TrainingEvent.SamplesGenerated g) {
            publishVerdict(g.iteration(), true);
        } else if (event instanceof TrainingEvent.RunFailed f && f.cause() instanceof NonFiniteLossException) {
            diverged(f.iteration(), f.message());
        }
    }

    /** Live changes made after {@code changes.get(0).iteration()}: remembered to blame, and the loss levels before them. */
    void changed(List<ConfigChange> changes, TrainingConfig after) {
        config = after;
        if (!changes.isEmpty()) {
            history.add(changes);
            changeAt = changes.get(0).iteration();
            gBefore = steps.gLoss.mean();
            dBefore = steps.dLoss.mean();
        }
    }

    private void step(StepCompleted s) {
        steps.add(s);
        long it = s.iteration();
        firstIteration = firstIteration < 0 ? it : firstIteration;
        if (it % CHECK_EVERY != 0 || it - firstIteration < WARMUP) {
            return;
        }
        check(DiagnosisKind.D_OVERPOWERS_G, it, StepChecks.dOverpowers(steps, family, config));
        check(DiagnosisKind.VANISHING_G_GRADIENT, it, StepChecks.vanishingGradient(steps, family, config));
        check(DiagnosisKind.OSCILLATION, it, StepChecks.oscillation(steps, family, config));
        Finding spike = changeAt >= 0 && it - changeAt <= SPIKE_WINDOW
                ? StepChecks.spike(steps, family, config, gBefore, dBefore) : null;
        Finding blowUp = spike != null ? spike : StepChecks.blowUp(steps, family, config);
        check(DiagnosisKind.DIVERGENCE, it, blowUp != null ? blowUp : StepChecks.explodingGradient(steps, config));
        publishVerdict(it, false);
    }

    private void checkSamples(long it) {
        check(DiagnosisKind.MODE_COLLAPSE, it, samples.modeCollapse(config));
        check(DiagnosisKind.NO_PROGRESS, it, samples.noProgress(config));
        publishVerdict(it, false);
    }

    /** The run stopped on a NaN or infinite loss: a divergence at once. */
    private void diverged(long it, String message) {
        Finding f = new Finding(DiagnosisKind.DIVERGENCE, Severity.CRITICAL,
                StepChecks.evidence("d_loss", steps.dLoss.mean(), "g_loss", steps.gLoss.mean(), "iteration", it),
                () -> message, () -> Advice.divergence(config));
        if (episodes.get(DiagnosisKind.DIVERGENCE).force(it) == Episode.Change.STARTED) {
            start(f, it);
        }
        publishVerdict(it, false);
    }

    private void check(DiagnosisKind kind, long it, Finding finding) {
        Episode episode = episodes.get(kind);
        switch (episode.check(it, finding != null)) {
            case STARTED -> start(finding, it);
            case ENDED -> end(kind, episode.absentSince(), it);
            default -> { }
        }
    }

    private void start(Finding finding, long it) {
        long onset = episodes.get(finding.kind()).since();
        String undo = history.undo(onset);
        String advice = finding.advice().get();
        Diagnosis d = new Diagnosis(finding.kind(), finding.severity(), onset, -1, finding.evidence(),
                finding.summary().get() + history.blame(onset), undo.isEmpty() ? advice : undo + "; or " + advice);
        ongoing.put(finding.kind(), d);
        if (!priming) {
            log.append(d);
            publish.accept(new DiagnosisStarted(it, d));
        }
    }

    private void end(DiagnosisKind kind, long endIteration, long it) {
        Diagnosis d = ongoing.remove(kind).endedAt(endIteration);
        if (!priming) {
            log.append(d);
            publish.accept(new DiagnosisEnded(it, d));
        }
    }

    /** Publishes the verdict when it changed, or always with {@code always} (at snapshots). */
    private void publishVerdict(long it, boolean always) {
        Diagnosis now = ongoing.values().stream()
                .max((a, b) -> a.severity() != b.severity() ? a.severity().compareTo(b.severity())
                        : Long.compare(a.startIteration(), b.startIteration()))
                .orElse(null);
        if (now == null) {
            now = verdict != null && verdict.kind() == DiagnosisKind.HEALTHY && !always ? verdict : healthy(it);
        }
        if (always || !now.equals(verdict)) {
            verdict = now;
            if (!priming) {
                publish.accept(new TrainingEvent.Verdict(it, now));
            }
        }
    }

    private Diagnosis healthy(long it) {
        Map<String, Double> e = StepChecks.evidence("d_loss", steps.dLoss.mean(), "d_real", steps.dReal.mean(),
                "d_fake", steps.dFake.mean());
        e.put("g_loss", steps.gLoss.mean());
        String summary = firstIteration < 0 || it - firstIteration < WARMUP
                ? "too early to judge; " + family.healthyLooksLike(Equilibrium.of(config.loss(), config.labelSmoothing()))
                : String.format("D loss %s, D(x) %s, D(G(z)) %s; %s", Numbers.compact(steps.dLoss.mean()),
                        Numbers.compact(steps.dReal.mean()), Numbers.compact(steps.dFake.mean()), family.healthyLooksLike(Equilibrium.of(config.loss(), config.labelSmoothing())));
        return new Diagnosis(DiagnosisKind.HEALTHY, Severity.INFO, Math.max(0, firstIteration), -1, e, summary,
                Advice.healthy());
    }

    /** The diagnoses ongoing now, oldest first. */
    public synchronized List<Diagnosis> ongoing() {
        return ongoing.values().stream().sorted((a, b) -> Long.compare(a.startIteration(), b.startIteration())).toList();
    }

    /** The verdict now: the most severe ongoing diagnosis, else HEALTHY with the latest windows' numbers. */
    public synchronized Diagnosis verdict() {
        return ongoing.isEmpty() || verdict == null ? healthy(steps.iteration()) : verdict;
    }
}
