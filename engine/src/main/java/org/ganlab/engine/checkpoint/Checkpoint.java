package org.ganlab.engine.checkpoint;

import org.ganlab.engine.data.DataFingerprint;
import org.ganlab.engine.model.ImageShape;
import org.ganlab.engine.train.TrainerState;
import org.ganlab.engine.train.TrainingConfig;

/**
 * Everything needed to continue a run or to sample from its generator: the config (which fixes
 * the architecture: on resume it comes from here, not from the command line), the example shape
 * and class count of the data, the trainer's state, where it was made and a fingerprint of the
 * data it trained on ({@code null} in checkpoints written before fingerprints).
 */
public record Checkpoint(TrainingConfig config, ImageShape imageShape, int classCount, TrainerState state,
                         Provenance provenance, DataFingerprint data) {

    /** Bumped when the file layout changes; older versions stay readable. */
    public static final int FORMAT_VERSION = 1;

    /** A checkpoint without a data fingerprint. */
    public Checkpoint(TrainingConfig config, ImageShape imageShape, int classCount, TrainerState state,
                      Provenance provenance) {
        this(config, imageShape, classCount, state, provenance, null);
    }
}
