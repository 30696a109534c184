package org.ganlab.app.viewmodels;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.ganlab.app.model.ChartLabels;
import org.ganlab.app.model.MetricRow;
import org.ganlab.app.model.SampleLayout;
import org.ganlab.app.model.RunState;
import org.ganlab.app.model.Snapshot;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.RunFolderService;
import org.ganlab.app.services.RunFolderService.LoadedRun;
import org.ganlab.app.services.Trainer;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;

/**
 * The training page: run control (Train, Pause/Resume, Step, Stop, Reset), opening saved runs,
 * and applying the engine's events — in batches, once per pulse — to the setup, metrics,
 * samples, timeline and status view-models.
 */
public final class TrainingViewModel {

    /** Charts redraw at most twice a second while training: drawing them is the costly part of a pulse,
     * and every millisecond of it is taken from the trainer on a small machine. */
    static final long CHART_PERIOD_NANOS = 500_000_000L;

    private final Trainer trainer;
    private final RunFolderService runs;
    private final BackgroundTasks tasks;
    private final LongSupplier clock;
    private final SetupViewModel setup;
    private final MetricsViewModel metrics = new MetricsViewModel();
    private final SamplesViewModel samples = new SamplesViewModel();
    private final TimelineViewModel timeline;
    private final QualityViewModel quality = new QualityViewModel();
    private final DataSourceViewModel dataSource = new DataSourceViewModel();
    private final StatusViewModel status;
    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(RunState.IDLE);
    private final ReadOnlyObjectWrapper<Path> runDir = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TrainingConfig> runConfig = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper readyToClose = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasCheckpoint = new ReadOnlyBooleanWrapper();
    private boolean closing;
    private long lastChartNanos = Long.MIN_VALUE / 4;
    private int lastEpoch;
    private int batchesPerEpoch;
    private SampleLayout layout = SampleLayout.PLAIN;

    public TrainingViewModel(Trainer trainer, RunFolderService runs, BackgroundTasks tasks,
                             LongSupplier nanoClock, TrainingConfig initial) {
        this.trainer = trainer;
        this.runs = runs;
        this.tasks = tasks;
        this.clock = nanoClock;
        this.setup = new SetupViewModel(initial);
        this.status = new StatusViewModel(nanoClock);
        this.timeline = new TimelineViewModel(tasks);
        runConfig.addListener((obs, was, now) -> runChanged());
        setup.configProperty().addListener((obs, was, now) -> runChanged());
        runChanged();
    }

    /** Chart labels, grid layout and quality panel follow the run's config, or the setup's before a run. */
    private void runChanged() {
        TrainingConfig cfg = runConfig.get() != null ? runConfig.get() : setup.getConfig();
        if (cfg == null) {
            return;
        }
        if (runConfig.get() != null) {
            layout = SampleLayout.of(cfg.dataset(), cfg.model());
        }
        metrics.labels(ChartLabels.forLoss(cfg.loss()));
        quality.configure(cfg);
    }

    // ---- Properties

    public SetupViewModel setup() { return setup; }

    public MetricsViewModel metrics() { return metrics; }

    public SamplesViewModel samples() { return samples; }

    public TimelineViewModel timeline() { return timeline; }

    /** Quality metrics (Fréchet distance, score, class coverage) at epoch ends. */
    public QualityViewModel quality() { return quality; }

    /** Loading progress and report of the chosen data set. */
    public DataSourceViewModel dataSource() { return dataSource; }

    public StatusViewModel status() { return status; }

    public ReadOnlyObjectProperty<RunState> stateProperty() { return state.getReadOnlyProperty(); }

    public RunState getState() { return state.get(); }

    /** The folder the current run writes to (or was opened from). */
    public ReadOnlyObjectProperty<Path> runDirProperty() { return runDir.getReadOnlyProperty(); }

    public Path getRunDir() { return runDir.get(); }

    /** The config of the current run, as the trainer has it. */
    public ReadOnlyObjectProperty<TrainingConfig> runConfigProperty() { return runConfig.getReadOnlyProperty(); }

    /** The latest message for a notification. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice.getReadOnlyProperty(); }

    /** Becomes true once a close request has let the run stop and save itself. */
    public ReadOnlyBooleanProperty readyToCloseProperty() { return readyToClose.getReadOnlyProperty(); }

    public BooleanBinding canTrainProperty() {
        return Bindings.createBooleanBinding(() -> !state.get().isActive() && setup.getConfig() != null,
                state, setup.configProperty());
    }

    /** "Continue" when Train would go on from the current run's checkpoint. */
    public StringBinding trainLabelProperty() {
        return Bindings.createStringBinding(() -> canContinue(setup.getConfig()) ? "Continue" : "Train",
                state, setup.configProperty(), hasCheckpoint);
    }

    public BooleanBinding canPauseProperty() {
        return Bindings.createBooleanBinding(
                () -> state.get() == RunState.RUNNING || state.get() == RunState.PAUSED, state);
    }

    public StringBinding pauseLabelProperty() {
        return Bindings.createStringBinding(() -> state.get() == RunState.PAUSED ? "Resume" : "Pause", state);
    }

    public BooleanBinding canStepProperty() {
        return Bindings.createBooleanBinding(() -> state.get() == RunState.PAUSED, state);
    }

    public BooleanBinding canStopProperty() {
        return Bindings.createBooleanBinding(() -> state.get() == RunState.RUNNING
                || state.get() == RunState.PAUSED || state.get() == RunState.STARTING, state);
    }

    public BooleanBinding canResetProperty() {
        return Bindings.createBooleanBinding(() -> state.get() != RunState.IDLE, state);
    }

    /** True while the setup asks for a structure the current run cannot change to. */
    public BooleanBinding resetNeededProperty() {
        return Bindings.createBooleanBinding(() -> runConfig.get() != null && setup.getConfig() != null
                        && !runConfig.get().sameStructure(setup.getConfig()),
                runConfig, setup.configProperty());
    }

    // ---- Commands

    /** Starts a new run, or continues the current one from its checkpoint. */
    public void train() {
        TrainingConfig cfg = setup.getConfig();
        trainConfig(cfg);
    }

    /** Shows {@code cfg} in the setup and trains it, as {@link #train()} (the 2-D lab starts its runs so). */
    public void train(TrainingConfig cfg) {
        if (state.get().isActive()) {
            return;
        }
        setup.load(cfg);
        trainConfig(setup.getConfig());
    }

    private void trainConfig(TrainingConfig cfg) {
        if (cfg == null) {
            notice.set(Notice.error("Fix the setup first", setup.problemsProperty().get()));
            return;
        }
        if (state.get().isActive()) {
            return;
        }
        try {
            if (canContinue(cfg)) {
                trainer.continueFrom(runDir.get(), cfg.epochs());
                trainer.update(cfg);
            } else {
                clearRun();
                Path dir = runs.newRunDir(cfg, LocalDateTime.now());
                trainer.start(cfg, dir);
                runDir.set(dir);
                runConfig.set(cfg);
            }
            closing = false;
            state.set(RunState.STARTING);
            status.message("Starting " + cfg.model() + " on " + cfg.dataset() + "…");
        } catch (Exception e) {
            state.set(RunState.FAILED);
            notice.set(Notice.error("Could not start training", Notice.cause(e)));
        }
    }

    private boolean canContinue(TrainingConfig cfg) {
        RunState s = state.get();
        return cfg != null && hasCheckpoint.get() && runConfig.get() != null
                && (s == RunState.STOPPED || s == RunState.OPENED || s == RunState.FINISHED)
                && runConfig.get().sameStructure(cfg) && cfg.epochs() >= Math.max(1, lastEpoch)
                && !(s == RunState.FINISHED && cfg.epochs() <= lastEpoch);
    }

    public void togglePause() {
        if (state.get() == RunState.PAUSED) {
            trainer.resume();
        } else if (state.get() == RunState.RUNNING) {
            trainer.pause();
        }
    }

    public void step() {
        if (state.get() == RunState.PAUSED) {
            trainer.step();
        }
    }

    public void stop() {
        if (canStopProperty().get()) {
            trainer.stop();
            state.set(RunState.STOPPING);
            status.message("Stopping: saving a checkpoint…");
        }
    }

    /** Forgets the current run (a running one stops and saves itself) and clears the page. */
    public void reset() {
        if (state.get().isActive()) {
            trainer.abandon();
        }
        clearRun();
        runDir.set(null);
        runConfig.set(null);
        state.set(RunState.IDLE);
        status.message("Ready");
    }

    /**
     * Sends the setup's live hyperparameters to a running trainer. Called when the user commits an
     * edit; invalid setups never get here, structural changes wait for Reset.
     */
    public void applyLiveChanges() {
        TrainingConfig cfg = setup.getConfig();
        TrainingConfig current = runConfig.get();
        if (cfg == null || current == null || !trainer.isAlive() || cfg.equals(current)) {
            return;
        }
        if (!cfg.sameStructure(current)) {
            status.message("Structural change: press Reset to start a new run with it");
            return;
        }
        try {
            trainer.update(cfg);
        } catch (IllegalArgumentException e) {
            notice.set(Notice.error("Change not applied", e.getMessage()));
        }
    }

    /** Opens a saved run: its setup, charts, timeline and samples; Train then continues it. */
    public void open(Path dir) {
        if (state.get().isActive() || dir == null) {
            return;
        }
        status.message("Opening " + dir.getFileName() + "…");
        tasks.run(() -> runs.read(dir), this::showOpened,
                e -> notice.set(Notice.error("Could not open run", Notice.cause(e))));
    }

    private void showOpened(LoadedRun run) {
        clearRun();
        setup.load(run.config());
        metrics.addAll(run.metrics());
        timeline.addFrames(run.frames());
        runDir.set(run.dir());
        runConfig.set(run.config());
        if (run.lastGrid() != null) {
            samples.show(layout.reopened(run.lastGrid()), run.frames().get(run.frames().size() - 1).caption());
        }
        MetricRow last = metrics.last();
        lastEpoch = last == null ? 0 : last.epoch();
        status.progress(last == null ? 0 : last.iteration(), lastEpoch);
        runDir.set(run.dir());
        runConfig.set(run.config());
        hasCheckpoint.set(run.hasCheckpoint());
        state.set(RunState.OPENED);
        status.message("Opened " + run.dir().getFileName()
                + (run.hasCheckpoint() ? ": press Continue to train on" : " (no checkpoint: view only)"));
    }

    /** Asks to close the window; false while the run still has to stop and save itself. */
    public boolean requestClose() {
        if (!trainer.isAlive()) {
            return true;
        }
        closing = true;
        trainer.stop();
        state.set(RunState.STOPPING);
        status.message("Saving the run before closing…");
        return false;
    }

    /** Refreshes the memory figures (once a second). */
    public void tick(long heapUsed, long heapMax, long processBytes) {
        status.memory(heapUsed, heapMax, processBytes);
    }

    public void backendReady(String description) {
        status.backend(description);
    }

    public void notify(Notice n) {
        notice.set(n);
    }

    // ---- Events

    /** Applies one pulse's events, in order. */
    public void apply(List<TrainingEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Snapshot> frames = new ArrayList<>();
        SampleLayout.Rendered latest = null;
        long it = status.getIteration();
        boolean progressed = false;
        boolean urgent = false;
        for (TrainingEvent e : batch) {
            if (e instanceof TrainingEvent.StepCompleted s) {
                metrics.add(new MetricRow(s.iteration(), s.epoch(), s.dLoss(), s.gLoss(),
                        s.dReal(), s.dFake(), s.millis()));
                it = s.iteration();
                lastEpoch = s.epoch();
                progressed = true;
            } else if (e instanceof TrainingEvent.SamplesGenerated g) {
                latest = layout.render(g.samples());
                frames.add(new Snapshot(g.iteration(), g.epoch(), g.epochEnd(), latest.image(),
                        runDir.get() == null ? null : RunFolderService.snapshotFile(runDir.get(), g.epoch(), g.iteration())));
            } else if (e instanceof TrainingEvent.MetricsComputed m) {
                quality.add(m);
            } else {
                urgent = true;
                handle(e);
            }
        }
        timeline.addAll(frames);
        if (latest != null) {
            samples.show(latest, frames.get(frames.size() - 1).caption());
        }
        if (progressed) {
            status.progress(it, lastEpoch);
        }
        long now = clock.getAsLong();
        if (urgent || state.get() != RunState.RUNNING || now - lastChartNanos >= CHART_PERIOD_NANOS) {
            lastChartNanos = now;
            metrics.publish();
        }
    }

    private void handle(TrainingEvent e) {
        if (e instanceof TrainingEvent.RunStarted r) {
            batchesPerEpoch = r.batchesPerEpoch();
            runDir.set(r.runDir());
            runConfig.set(r.config());
            status.backend(r.backend());
            status.runStarted(r.startIteration(), r.totalIterations(), epochsShown(r.config()));
            state.set(closing ? RunState.STOPPING : RunState.RUNNING);
            status.message("Training " + r.config().model() + " on " + r.config().dataset());
        } else if (e instanceof TrainingEvent.ConfigChanged c) {
            configChanged(c);
        } else if (e instanceof TrainingEvent.ActivityStarted a) {
            status.activityStarted(a.what());
        } else if (e instanceof TrainingEvent.ActivityFinished a) {
            status.activityFinished(a.what());
        } else if (e instanceof TrainingEvent.CheckpointSaved c) {
            hasCheckpoint.set(true);
            status.message("Checkpoint saved at iteration " + c.iteration());
        } else if (e instanceof TrainingEvent.Paused p) {
            state.set(closing ? RunState.STOPPING : RunState.PAUSED);
            status.idle();
            status.message("Paused at iteration " + p.iteration() + ": Step runs one iteration");
        } else if (e instanceof TrainingEvent.Resumed) {
            state.set(closing ? RunState.STOPPING : RunState.RUNNING);
            status.message("Training");
        } else if (e instanceof TrainingEvent.Stopped s) {
            ended(RunState.STOPPED, "Stopped at iteration " + s.iteration() + "; saved to "
                    + s.runDir() + ". Continue trains on from here.");
        } else if (e instanceof TrainingEvent.RunFinished f) {
            ended(RunState.FINISHED, "Finished " + f.epoch() + " epochs (" + f.iteration()
                    + " iterations); saved to " + f.runDir());
        } else if (e instanceof TrainingEvent.RunFailed f) {
            ended(RunState.FAILED, "Training stopped: " + f.message());
            notice.set(Notice.error("Training stopped", f.message()));
        }
    }

    private void configChanged(TrainingEvent.ConfigChanged c) {
        String change = runConfig.get() == null ? ""
                : SetupViewModel.describeChange(runConfig.get(), c.config());
        if (!change.isEmpty()) {
            metrics.mark(c.iteration(), change);
            status.message("From iteration " + (c.iteration() + 1) + ": " + change);
        }
        runConfig.set(c.config());
        status.totals(c.config().iterations() > 0 ? c.config().iterations()
                : (long) c.config().epochs() * batchesPerEpoch, epochsShown(c.config()));
    }

    /** Endless data (2-D sets) trains for a number of iterations: no "of N epochs" then. */
    private static int epochsShown(TrainingConfig c) {
        return c.iterations() > 0 ? 0 : c.epochs();
    }

    private void ended(RunState end, String message) {
        hasCheckpoint.set(runDir.get() != null && Files.isRegularFile(runDir.get().resolve(RunFolderService.CHECKPOINT)));
        state.set(end);
        status.idle();
        status.message(message);
        if (end != RunState.FAILED) {
            notice.set(Notice.info(end == RunState.FINISHED ? "Training finished" : "Run saved", message));
        }
        if (closing) {
            readyToClose.set(true);
        }
    }

    private void clearRun() {
        metrics.clear();
        quality.clear();
        timeline.clear();
        samples.clear();
        status.clear();
        hasCheckpoint.set(false);
        lastEpoch = 0;
        batchesPerEpoch = 0;
    }
}
