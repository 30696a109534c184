package org.ganlab.app.viewmodels;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.ganlab.app.model.MetricRow;
import org.ganlab.app.model.RunState;
import org.ganlab.app.model.SampleLayout;
import org.ganlab.app.model.Snapshot;
import org.ganlab.app.services.RunFolderService;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;

/**
 * Applies the engine's events — in batches, once per pulse — to the Train page's metrics,
 * gradient norms, samples, timeline, quality, doctor and status, and tells the run controls where the run is.
 */
final class RunEventsHandler {

    /**
     * While training, the charts and the status bar's counters change once a second, in one frame
     * with the status bar's tick ({@link #flush()}): each frame the window draws (the charts, then
     * the whole window handed to the display) is taken from the trainer on a small machine, and a
     * frame per batch cost a DCGAN 12% of its speed. Snapshots and run events still show at once.
     */
    static final long CHART_PERIOD_NANOS = 1_000_000_000L;

    private final TrainingViewModel page;
    private final RunControlViewModel run;
    private final Supplier<SampleLayout> layout;
    private final Consumer<Notice> notices;
    private final LongSupplier clock;
    private long lastChartNanos = Long.MIN_VALUE / 4;
    private int lastEpoch;
    private long lastIteration = -1;
    private boolean progressPending;
    private int batchesPerEpoch;

    RunEventsHandler(TrainingViewModel page, RunControlViewModel run, Supplier<SampleLayout> layout,
                     Consumer<Notice> notices, LongSupplier nanoClock) {
        this.page = page;
        this.run = run;
        this.layout = layout;
        this.notices = notices;
        this.clock = nanoClock;
    }

    /** A new or opened run: counting starts at {@code epoch}. */
    void reset(int epoch) {
        lastEpoch = epoch;
        batchesPerEpoch = 0;
        progressPending = false;
    }

    /** Applies one pulse's events, in order. */
    void apply(List<TrainingEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Snapshot> frames = new ArrayList<>();
        SampleLayout.Rendered latest = null;
        boolean urgent = false;
        for (TrainingEvent e : batch) {
            if (e instanceof TrainingEvent.StepCompleted s) {
                page.metrics().add(new MetricRow(s.iteration(), s.epoch(), s.dLoss(), s.gLoss(),
                        s.dReal(), s.dFake(), s.millis()));
                page.gradients().add(s.iteration(), s.gradNormD(), s.gradNormG());
                lastIteration = s.iteration();
                lastEpoch = s.epoch();
                progressPending = true;
            } else if (e instanceof TrainingEvent.SamplesGenerated g) {
                latest = layout.get().render(g.samples());
                Path dir = run.runDirProperty().get();
                frames.add(new Snapshot(g.iteration(), g.epoch(), g.epochEnd(), latest.image(),
                        dir == null ? null : RunFolderService.snapshotFile(dir, g.epoch(), g.iteration())));
            } else if (e instanceof TrainingEvent.MetricsComputed m) {
                page.quality().add(m);
            } else if (!page.doctor().apply(e)) {
                urgent = true;
                handle(e);
            }
        }
        page.timeline().addAll(frames);
        if (latest != null) {
            page.samples().show(latest, frames.get(frames.size() - 1).caption());
        }
        if (progressPending) {
            run.epochReached(lastEpoch);
        }
        if (urgent || run.getState() != RunState.RUNNING || clock.getAsLong() - lastChartNanos >= CHART_PERIOD_NANOS) {
            flush();
        }
    }

    /**
     * Shows what the batches since the last call added: the charts redraw and the status bar's
     * iteration and speed move. Called with the status bar's tick once a second, and by
     * {@link #apply} for the first batch, for a run event and whenever the run is not running.
     */
    void flush() {
        lastChartNanos = clock.getAsLong();
        if (progressPending) {
            progressPending = false;
            page.status().progress(lastIteration, lastEpoch);
        }
        page.metrics().publish();
        page.gradients().publish();
    }

    private void handle(TrainingEvent e) {
        StatusViewModel status = page.status();
        if (e instanceof TrainingEvent.RunStarted r) {
            batchesPerEpoch = r.batchesPerEpoch();
            run.started(r.runDir(), r.config());
            status.backend(r.backend());
            status.runStarted(r.startIteration(), r.totalIterations(), epochsShown(r.config()));
            status.message("Training " + r.config().model() + " on " + r.config().dataset());
        } else if (e instanceof TrainingEvent.ConfigChanged c) {
            configChanged(c);
        } else if (e instanceof TrainingEvent.ActivityStarted a) {
            page.status().activityStarted(a.what());
        } else if (e instanceof TrainingEvent.ActivityFinished a) {
            page.status().activityFinished(a.what());
        } else if (e instanceof TrainingEvent.CheckpointSaved c) {
            run.checkpointSaved();
            status.message("Checkpoint saved at iteration " + c.iteration());
        } else if (e instanceof TrainingEvent.Paused p) {
            run.paused();
            status.idle();
            status.message("Paused at iteration " + p.iteration() + ": Step runs one iteration");
        } else if (e instanceof TrainingEvent.Resumed) {
            run.resumed();
            status.message("Training");
        } else if (e instanceof TrainingEvent.Stopped s) {
            ended(RunState.STOPPED, "Stopped at iteration " + s.iteration() + "; saved to "
                    + s.runDir() + ". Continue trains on from here.");
        } else if (e instanceof TrainingEvent.RunFinished f) {
            ended(RunState.FINISHED, "Finished " + f.epoch() + " epochs (" + f.iteration()
                    + " iterations); saved to " + f.runDir());
        } else if (e instanceof TrainingEvent.RunFailed f) {
            ended(RunState.FAILED, "Training stopped: " + f.message());
            notices.accept(Notice.error("Training stopped", f.message()));
        } else if (e instanceof TrainingEvent.WarningIssued w) {
            notices.accept(new Notice(Notice.Level.WARNING, "Check the run", w.message()));
        }
    }

    private void configChanged(TrainingEvent.ConfigChanged c) {
        TrainingConfig before = run.runConfigProperty().get();
        String change = before == null ? "" : SetupViewModel.describeChange(before, c.config());
        if (!change.isEmpty()) {
            page.metrics().mark(c.iteration(), change);
            page.status().message("From iteration " + (c.iteration() + 1) + ": " + change);
        }
        run.configChanged(c.config());
        page.status().totals(c.config().iterations() > 0 ? c.config().iterations()
                : (long) c.config().epochs() * batchesPerEpoch, epochsShown(c.config()));
    }

    /** Endless data (2-D sets) trains for a number of iterations: no "of N epochs" then. */
    private static int epochsShown(TrainingConfig c) {
        return c.iterations() > 0 ? 0 : c.epochs();
    }

    private void ended(RunState end, String message) {
        page.status().idle();
        page.status().message(message);
        run.ended(end);
        if (end != RunState.FAILED) {
            notices.accept(Notice.info(end == RunState.FINISHED ? "Training finished" : "Run saved", message));
        }
    }
}
