package org.ganlab.engine.doctor;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.engine.diagnosis.Numbers;
import org.ganlab.engine.run.ConfigChange;

/**
 * The live changes of a run as the doctor saw them, so that a diagnosis that begins soon after
 * one can name it: "after Learning rate G 2e-4 → 2e-3 at iteration 1,190".
 */
final class ChangeHistory {

    /** A diagnosis within this many iterations after a change is blamed on it. */
    static final long BLAME_WINDOW = 1000;

    private final List<ConfigChange> changes = new ArrayList<>();

    void add(List<ConfigChange> made) {
        changes.addAll(made);
    }

    /** The iteration of the latest change at or before {@code iteration}; -1 when there is none. */
    long latestAtOrBefore(long iteration) {
        long latest = -1;
        for (ConfigChange c : changes) {
            if (c.iteration() <= iteration) {
                latest = Math.max(latest, c.iteration());
            }
        }
        return latest;
    }

    /** The changes of the latest change iteration within {@link #BLAME_WINDOW} before {@code onset}; empty when none. */
    List<ConfigChange> blamedFor(long onset) {
        long at = latestAtOrBefore(onset);
        if (at < 0 || onset - at > BLAME_WINDOW) {
            return List.of();
        }
        return changes.stream().filter(c -> c.iteration() == at).toList();
    }

    /** " after Learning rate G 2e-4 → 2e-3 at iteration 1,190", or "" when no change is to blame. */
    String blame(long onset) {
        List<ConfigChange> blamed = blamedFor(onset);
        return blamed.isEmpty() ? "" : " after " + ControlLabels.describe(blamed) + " at iteration "
                + Numbers.iteration(blamed.get(0).iteration());
    }

    /** "set Learning rate G back to 2e-4": undoing the blamed change, or "" when none. */
    String undo(long onset) {
        List<ConfigChange> blamed = blamedFor(onset);
        StringBuilder text = new StringBuilder();
        for (ConfigChange c : blamed) {
            text.append(text.length() > 0 ? " and " : "set ").append(ControlLabels.of(c.field())).append(" back to ")
                    .append(org.ganlab.engine.report.ChangeLabels.number(c.oldValue()));
        }
        return text.toString();
    }
}
