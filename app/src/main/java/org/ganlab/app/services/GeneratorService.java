package org.ganlab.app.services;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import org.ganlab.engine.checkpoint.SavedGenerator;
import org.ganlab.engine.train.Samples;

/**
 * Draws images from a generator: the training run's own (between two iterations) when
 * {@code runDir} is the run that is training, else the generator saved in {@code runDir}'s
 * checkpoint. A saved generator is loaded once and kept while the same run is asked for and its
 * checkpoint file is unchanged, so re-rolls and slider moves cost one forward pass each.
 * Blocking: call it from a background task.
 */
public final class GeneratorService {

    /** A loaded generator: example i of class {@code labels[i]}; null labels for unconditional use. */
    @FunctionalInterface
    public interface Model {
        Samples generate(float[] latent, int[] labels, int count);
    }

    /** Loads the generator saved in a run folder (rebuilding its networks: the slow part). */
    @FunctionalInterface
    public interface Loader {
        Model load(Path runDir) throws IOException;
    }

    private record Loaded(Path dir, FileTime modified, long size, Model model) {}

    private final Trainer trainer;
    private final Loader loader;
    private Loaded loaded;

    public GeneratorService(Trainer trainer) {
        this(trainer, dir -> SavedGenerator.load(dir)::generate);
    }

    public GeneratorService(Trainer trainer, Loader loader) {
        this.trainer = trainer;
        this.loader = loader;
    }

    /**
     * {@code count} images for {@code count * latentSize} noise values.
     *
     * @param labels for a conditional generator, the class of each image (null: the classes in turn)
     */
    public Samples generate(Path runDir, boolean live, float[] latent, int[] labels, int count) throws Exception {
        if (live && trainer.isAlive()) {
            return trainer.generate(latent, labels, count).get(60, TimeUnit.SECONDS);
        }
        if (runDir == null) {
            throw new IllegalStateException("no run yet: train one or open a saved run");
        }
        return saved(runDir).generate(latent, labels, count);
    }

    /** The generator of {@code runDir}'s checkpoint, loaded again only when the file has changed. */
    private synchronized Model saved(Path runDir) throws IOException {
        Path file = runDir.resolve(RunFolderService.CHECKPOINT);
        if (!Files.isRegularFile(file)) {
            loaded = null;
            return loader.load(runDir); // fails, saying what is missing
        }
        BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
        if (loaded == null || !loaded.dir().equals(runDir) || !loaded.modified().equals(now.lastModifiedTime())
                || loaded.size() != now.size()) {
            loaded = null;
            loaded = new Loaded(runDir, now.lastModifiedTime(), now.size(), loader.load(runDir));
        }
        return loaded.model();
    }
}
