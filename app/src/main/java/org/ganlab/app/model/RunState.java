package org.ganlab.app.model;

/** Where the current run is; decides which controls are enabled. */
public enum RunState {
    /** Nothing trained yet (or after Reset). */
    IDLE,
    STARTING,
    RUNNING,
    PAUSED,
    STOPPING,
    /** Stopped on request; the run folder holds a checkpoint to continue from. */
    STOPPED,
    FINISHED,
    FAILED,
    /** A saved run was opened and can continue. */
    OPENED;

    public boolean isActive() {
        return this == STARTING || this == RUNNING || this == PAUSED || this == STOPPING;
    }
}
