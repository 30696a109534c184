package org.ganlab.engine.train;

/**
 * Receives a run's events in order, on the run's event thread (never on the training thread), so
 * a slow listener delays only later events, never training. Implementations must not throw;
 * an exception is logged and the listener keeps receiving events.
 */
@FunctionalInterface
public interface TrainingListener {
    void onEvent(TrainingEvent event);
}
