package org.ganlab.app.services;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.ganlab.engine.train.Samples;

/**
 * Draws images from a generator: the training run's own (between two iterations) when
 * {@code runDir} is the run that is training, else the generator saved in {@code runDir}'s
 * checkpoint. Blocking: call it from a background task.
 */
public final class GeneratorService {

    private final Trainer trainer;

    public GeneratorService(Trainer trainer) {
        this.trainer = trainer;
    }

    public Samples generate(Path runDir, boolean live, float[] latent, int count) throws Exception {
        if (live && trainer.isAlive()) {
            return trainer.generate(latent, count).get(60, TimeUnit.SECONDS);
        }
        if (runDir == null) {
            throw new IllegalStateException("no run yet: train one or open a saved run");
        }
        return saved(runDir, latent, count);
    }

    private static Samples saved(Path runDir, float[] latent, int count) throws Exception {
        return org.ganlab.engine.checkpoint.SavedGenerator.load(runDir).generate(latent, count);
    }
}
