package org.ganlab.app.viewmodels;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.ganlab.app.model.RunState;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.RunFolderService;
import org.ganlab.app.services.Trainer;
import org.ganlab.engine.train.TrainingConfig;

/**
 * The window's one run and its controls: start or continue, pause, step, stop, reset, live
 * changes and the close request. Both pages that train (Train, 2-D lab) go through it, so only
 * one trainer ever runs: Reset and close wait, off the FX thread, until the old run has stopped
 * and saved. Reading a checkpoint to continue from is done on the background pool too.
 */
public final class RunControlViewModel {

    /** How long Reset and closing wait for a run to save itself before giving up on it. */
    static final Duration SAVE_TIMEOUT = Duration.ofSeconds(60);

    private final Trainer trainer;
    private final RunFolderService runs;
    private final BackgroundTasks tasks;
    private final StatusViewModel status;
    private final Consumer<Notice> notices;
    private final CloseRequest close;
    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(RunState.IDLE);
    private final ReadOnlyObjectWrapper<Path> runDir = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TrainingConfig> runConfig = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper hasCheckpoint = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<RunCommands> owner = new ReadOnlyObjectWrapper<>();
    private Runnable clearPage = () -> { };
    private boolean loadingCheckpoint;
    private boolean stopWhenLoaded;
    /** Changes on Reset: a checkpoint that finishes loading after it belongs to a forgotten run. */
    private long generation;
    private int lastEpoch;

    public RunControlViewModel(Trainer trainer, RunFolderService runs, BackgroundTasks tasks,
                               StatusViewModel status, Consumer<Notice> notices) {
        this.trainer = trainer;
        this.runs = runs;
        this.tasks = tasks;
        this.status = status;
        this.notices = notices;
        this.close = new CloseRequest(trainer, tasks, status, SAVE_TIMEOUT);
    }

    /** What a new run or Reset clears (the Train page's charts, samples and timeline). */
    void onNewRun(Runnable clear) {
        this.clearPage = clear;
    }

    // ---- Properties

    public ReadOnlyObjectProperty<RunState> stateProperty() { return state.getReadOnlyProperty(); }

    public RunState getState() { return state.get(); }

    /** The folder the current run writes to (or was opened from). */
    public ReadOnlyObjectProperty<Path> runDirProperty() { return runDir.getReadOnlyProperty(); }

    public Path getRunDir() { return runDir.get(); }

    /** The config of the current run, as the trainer has it. */
    public ReadOnlyObjectProperty<TrainingConfig> runConfigProperty() { return runConfig.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty hasCheckpointProperty() { return hasCheckpoint.getReadOnlyProperty(); }

    /** The page whose run this is (it started or opened it); null after Reset. */
    public ReadOnlyObjectProperty<RunCommands> ownerProperty() { return owner.getReadOnlyProperty(); }

    /** Becomes true once a close request has let the run stop and save itself. */
    public ReadOnlyBooleanProperty readyToCloseProperty() { return close.readyProperty(); }

    public BooleanBinding canPauseProperty() {
        return Bindings.createBooleanBinding(() -> state.get() == RunState.RUNNING || state.get() == RunState.PAUSED, state);
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

    // ---- Commands

    /**
     * Continues the current run from its checkpoint when {@code cfg} can, else starts a new run of
     * {@code cfg}, for the page {@code by}.
     */
    public void train(TrainingConfig cfg, RunCommands by) {
        if (cfg == null || state.get().isActive()) {
            return;
        }
        owner.set(by);
        if (canContinue(cfg)) {
            continueRun(cfg);
            return;
        }
        try {
            clearRun();
            Path dir = runs.newRunDir(cfg, LocalDateTime.now());
            trainer.start(cfg, dir);
            runDir.set(dir);
            runConfig.set(cfg);
            starting("Starting " + cfg.model() + " on " + cfg.dataset() + "…");
        } catch (Exception e) {
            state.set(RunState.FAILED);
            notices.accept(Notice.error("Could not start training", Notice.cause(e)));
        }
    }

    /** True when Train would go on from the current run's checkpoint rather than start anew. */
    public boolean canContinue(TrainingConfig cfg) {
        RunState s = state.get();
        return cfg != null && hasCheckpoint.get() && runConfig.get() != null
                && (s == RunState.STOPPED || s == RunState.OPENED || s == RunState.FINISHED)
                && runConfig.get().sameStructure(cfg) && cfg.epochs() >= Math.max(1, lastEpoch)
                && !(s == RunState.FINISHED && cfg.epochs() <= lastEpoch);
    }

    /** Reading and unpacking a checkpoint takes seconds for a large model: never on the FX thread. */
    private void continueRun(TrainingConfig cfg) {
        Path dir = runDir.get();
        RunState before = state.get();
        long gen = generation;
        starting("Loading checkpoint…");
        loadingCheckpoint = true;
        tasks.run(() -> {
            trainer.continueFrom(dir, cfg.epochs());
            trainer.update(cfg);
            return dir;
        }, loaded -> continued(gen), e -> continueFailed(gen, before, dir, e));
    }

    private void continued(long gen) {
        loadingCheckpoint = false;
        if (gen != generation) {
            trainer.abandon();
        } else if (close.isClosing() || stopWhenLoaded) {
            trainer.stop();
        }
        stopWhenLoaded = false;
    }

    private void continueFailed(long gen, RunState before, Path dir, Throwable e) {
        loadingCheckpoint = false;
        stopWhenLoaded = false;
        if (gen != generation) {
            return;
        }
        state.set(before);
        status.message("Could not continue " + dir.getFileName() + ": " + Notice.cause(e));
        notices.accept(Notice.error("Could not continue " + dir.getFileName(), Notice.cause(e)));
        close.runEnded();
    }

    private void starting(String message) {
        close.cancel();
        state.set(RunState.STARTING);
        status.message(message);
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
            stopWhenLoaded = loadingCheckpoint;
            trainer.stop();
            state.set(RunState.STOPPING);
            status.message("Stopping: saving a checkpoint…");
        }
    }

    /**
     * Forgets the current run and clears the page. A running one is stopped; the next run can
     * start only once it has saved itself, which is waited for on the background pool.
     */
    public void reset() {
        boolean wait = state.get().isActive() || trainer.anyRunAlive();
        if (state.get().isActive()) {
            trainer.abandon();
        }
        generation++;
        clearRun();
        runDir.set(null);
        runConfig.set(null);
        owner.set(null);
        if (!wait) {
            state.set(RunState.IDLE);
            status.message("Ready");
            return;
        }
        state.set(RunState.STOPPING);
        status.message("Saving the old run before a new one can start…");
        tasks.run(() -> trainer.awaitStopped(SAVE_TIMEOUT), this::oldRunSaved, e -> oldRunSaved(false));
    }

    private void oldRunSaved(boolean saved) {
        if (state.get() != RunState.STOPPING || runConfig.get() != null) {
            return;
        }
        state.set(RunState.IDLE);
        status.message(saved ? "Ready" : "The old run did not finish saving within "
                + SAVE_TIMEOUT.toSeconds() + " s: a new run may be refused until it has");
        close.runEnded();
    }

    /**
     * Sends a page's live hyperparameters to the running trainer. Invalid setups never get here,
     * structural changes wait for Reset.
     */
    public void applyLiveChanges(TrainingConfig cfg) {
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
            notices.accept(Notice.error("Change not applied", e.getMessage()));
        }
    }

    /**
     * Asks to close the window: false while a run (or one abandoned by Reset) still has to stop and
     * save itself. The window then shows "Saving…" and closes when it has, or after {@link #SAVE_TIMEOUT}.
     */
    public boolean requestClose() {
        return close.request(loadingCheckpoint, () -> state.set(RunState.STOPPING));
    }

    // ---- What the run's events and an opened run tell the controls

    void opened(RunCommands by, Path dir, TrainingConfig cfg, boolean checkpoint, int epoch) {
        owner.set(by);
        runDir.set(dir);
        runConfig.set(cfg);
        hasCheckpoint.set(checkpoint);
        lastEpoch = epoch;
        state.set(RunState.OPENED);
    }

    void started(Path dir, TrainingConfig cfg) {
        runDir.set(dir);
        runConfig.set(cfg);
        state.set(close.isClosing() ? RunState.STOPPING : RunState.RUNNING);
    }

    void configChanged(TrainingConfig cfg) {
        runConfig.set(cfg);
    }

    void epochReached(int epoch) {
        lastEpoch = epoch;
    }

    void checkpointSaved() {
        hasCheckpoint.set(true);
    }

    void paused() {
        state.set(close.isClosing() ? RunState.STOPPING : RunState.PAUSED);
    }

    void resumed() {
        state.set(close.isClosing() ? RunState.STOPPING : RunState.RUNNING);
    }

    void ended(RunState end) {
        hasCheckpoint.set(runDir.get() != null && Files.isRegularFile(runDir.get().resolve(RunFolderService.CHECKPOINT)));
        state.set(end);
        close.runEnded();
    }

    void clearRun() {
        clearPage.run();
        hasCheckpoint.set(false);
        lastEpoch = 0;
    }
}
