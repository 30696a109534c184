package org.ganlab.engine.checkpoint;

import org.ganlab.engine.model.ImageShape;
import org.ganlab.engine.train.TrainerState;
import org.ganlab.engine.train.TrainingConfig;

/**
 * Everything needed to continue a run or to sample from its generator: the config (which fixes
 * the architecture: on resume it comes from here, not from the command line), the example shape
 * and class count of the data, the trainer's state and where it was made.
 */
public record Checkpoint(TrainingConfig config, ImageShape imageShape, int classCount, TrainerState state,
                         Provenance provenance) {

    /** Bumped when the file layout changes; older versions stay readable. */
    public static final int FORMAT_VERSION = 1;
}
