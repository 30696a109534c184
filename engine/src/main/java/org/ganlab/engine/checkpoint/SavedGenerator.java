package org.ganlab.engine.checkpoint;

import java.io.IOException;
import java.nio.file.Path;
import org.ganlab.engine.model.GanModel;
import org.ganlab.engine.model.ImageShape;
import org.ganlab.engine.model.ModelCatalog;
import org.ganlab.engine.train.Samples;
import org.ganlab.engine.train.TrainingConfig;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A saved run's generator, loaded from its checkpoint, for drawing new samples. */
public final class SavedGenerator {

    private final Checkpoint checkpoint;
    private final GanModel model;

    private SavedGenerator(Checkpoint checkpoint) {
        this.checkpoint = checkpoint;
        TrainingConfig c = checkpoint.config();
        this.model = ModelCatalog.build(c.model(), c.latentSize(), checkpoint.imageShape(), c.seed());
        checkpoint.state().generator().restoreWeightsInto(model.generator());
    }

    /** Loads {@code runDir/checkpoint.zip}; the message of a failure says what is wrong with it. */
    public static SavedGenerator load(Path runDir) throws IOException {
        return new SavedGenerator(CheckpointFile.read(runDir.resolve(CheckpointFile.FILE_NAME)));
    }

    public int latentSize() {
        return checkpoint.config().latentSize();
    }

    public ImageShape imageShape() {
        return checkpoint.imageShape();
    }

    public TrainingConfig config() {
        return checkpoint.config();
    }

    /** Iterations the generator had trained for when saved. */
    public long iteration() {
        return checkpoint.state().iteration();
    }

    /** {@code count} images for {@code count * latentSize()} noise values. Thread-safe. */
    public synchronized Samples generate(float[] latent, int count) {
        if (latent.length != count * latentSize()) {
            throw new IllegalArgumentException("need " + count * latentSize() + " noise values, got " + latent.length);
        }
        INDArray z = Nd4j.createFromArray(latent).reshape(count, latentSize());
        INDArray images = model.generator().forward(z, false);
        ImageShape s = imageShape();
        return new Samples(count, s.channels(), s.height(), s.width(), images.reshape(images.length()).toFloatVector());
    }
}
