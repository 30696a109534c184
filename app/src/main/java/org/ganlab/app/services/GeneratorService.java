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

    /**
     * Like {@link #generate(Path, boolean, float[], int)}, every example of class {@code label}
     * (a conditional generator with {@code classes} classes). The live run draws classes in turn
     * (sample i is class i mod classes), so it is asked for {@code classes} times as many and
     * the chosen class's samples are kept.
     */
    public Samples generate(Path runDir, boolean live, float[] latent, int count, int label, int classes) throws Exception {
        int latentSize = latent.length / count;
        if (live && trainer.isAlive()) {
            float[] z = new float[count * classes * latentSize];
            for (int i = 0; i < count * classes; i++) {
                System.arraycopy(latent, (i / classes) * latentSize, z, i * latentSize, latentSize);
            }
            Samples all = trainer.generate(z, count * classes).get(60, TimeUnit.SECONDS);
            int per = all.valuesPerImage();
            float[] kept = new float[count * per];
            for (int j = 0; j < count; j++) {
                System.arraycopy(all.values(), (j * classes + label) * per, kept, j * per, per);
            }
            return new Samples(count, all.channels(), all.height(), all.width(), kept);
        }
        if (runDir == null) {
            throw new IllegalStateException("no run yet: train one or open a saved run");
        }
        int[] labels = new int[count];
        java.util.Arrays.fill(labels, label);
        return org.ganlab.engine.checkpoint.SavedGenerator.load(runDir).generate(latent, labels, count);
    }
}
