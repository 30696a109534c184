package org.ganlab.app.model;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.ganlab.engine.run.ConfigChange;
import org.ganlab.engine.train.TrainingConfig;

/**
 * What the runs view shows of one run folder.
 *
 * @param config      the run's {@code config.json}, or null when unreadable
 * @param epochs      epochs completed (from the metrics)
 * @param iterations  iterations completed
 * @param lastDLoss   NaN when the run has no metrics yet
 * @param thumbnail   the last snapshot PNG, or null
 * @param changes     the live hyperparameter changes, oldest first
 */
public record RunInfo(Path dir, Instant modified, TrainingConfig config, int epochs,
                      long iterations, double lastDLoss, double lastGLoss, Path thumbnail,
                      boolean hasCheckpoint, List<ConfigChange> changes) {

    public RunInfo {
        changes = List.copyOf(changes);
    }

    public String name() {
        return dir.getFileName().toString();
    }
}
