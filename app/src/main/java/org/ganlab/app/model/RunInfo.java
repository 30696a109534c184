package org.ganlab.app.model;

import java.nio.file.Path;
import java.time.Instant;
import org.ganlab.engine.train.TrainingConfig;

/**
 * What the runs view shows of one run folder.
 *
 * @param config      the run's {@code config.json}, or null when unreadable
 * @param epochs      epochs completed (from the metrics)
 * @param iterations  iterations completed
 * @param lastDLoss   NaN when the run has no metrics yet
 * @param thumbnail   the last snapshot PNG, or null
 */
public record RunInfo(Path dir, Instant modified, TrainingConfig config, int epochs,
                      long iterations, double lastDLoss, double lastGLoss, Path thumbnail,
                      boolean hasCheckpoint) {

    public String name() {
        return dir.getFileName().toString();
    }
}
