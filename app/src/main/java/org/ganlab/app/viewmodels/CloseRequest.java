package org.ganlab.app.viewmodels;

import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.Trainer;

/**
 * The window's close sequence: a run still training (or one Reset left saving) is stopped and
 * waited for on the background pool, with "Saving…" in the status bar, for at most
 * {@code timeout}; then {@link #readyProperty()} turns true and the window closes.
 */
final class CloseRequest {

    private final Trainer trainer;
    private final BackgroundTasks tasks;
    private final StatusViewModel status;
    private final Duration timeout;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private boolean closing;

    CloseRequest(Trainer trainer, BackgroundTasks tasks, StatusViewModel status, Duration timeout) {
        this.trainer = trainer;
        this.tasks = tasks;
        this.status = status;
        this.timeout = timeout;
    }

    /** Becomes true once the run has stopped and saved itself (or the wait gave up on it). */
    ReadOnlyBooleanProperty readyProperty() { return ready.getReadOnlyProperty(); }

    /** True between a close request and the window going: a run's events then mean "stopping". */
    boolean isClosing() { return closing; }

    /**
     * @param loading a checkpoint is being read for a run about to start
     * @param stopping shows the run as stopping
     * @return true when the window can close at once
     */
    boolean request(boolean loading, Runnable stopping) {
        if (ready.get()) {
            return true;
        }
        if (!trainer.anyRunAlive() && !loading) {
            return true;
        }
        closing = true;
        boolean current = trainer.isAlive();
        trainer.stop();
        stopping.run();
        status.message("Saving the run before closing…");
        tasks.run(() -> trainer.awaitStopped(timeout), saved -> waited(saved, current), e -> waited(false, current));
        return false;
    }

    /** The current run's end event closes the window (its last events shown); the wait closes it otherwise. */
    private void waited(boolean saved, boolean currentRun) {
        if (!saved) {
            status.message("The run did not finish saving within " + timeout.toSeconds() + " s: closing anyway");
            ready.set(true);
        } else if (!currentRun) {
            ready.set(true);
        }
    }

    /** The run has ended, or never started: a closing window can go now. */
    void runEnded() {
        if (closing) {
            ready.set(true);
        }
    }

    /** A new run starts: no close is pending. */
    void cancel() {
        closing = false;
    }
}
