package org.ganlab.app.support;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.app.services.BackgroundTasks;

/** Background work held until the test runs it, so the state in between can be checked; results come back at once. */
public final class QueuedTasks {

    private final List<Runnable> pending = new ArrayList<>();
    public final BackgroundTasks tasks = new BackgroundTasks(pending::add, Runnable::run);

    public int pending() {
        return pending.size();
    }

    /** Runs everything queued so far, and what that queues in turn. */
    public void runAll() {
        while (!pending.isEmpty()) {
            pending.remove(0).run();
        }
    }
}
