package org.ganlab.engine.checkpoint;

import java.io.IOException;
import java.nio.file.Path;
import org.ganlab.engine.model.ImageShape;
import org.ganlab.engine.train.GanTrainer;
import org.ganlab.engine.train.Samples;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingData;

/** A saved run's generator, loaded from its checkpoint, for drawing new samples. */
public final class SavedGenerator {

    private final Checkpoint checkpoint;
    private final GanTrainer model;

    private SavedGenerator(Checkpoint checkpoint) {
        this.checkpoint = checkpoint;
        TrainingConfig c = checkpoint.config();
        this.model = new GanTrainer(c, TrainingData.shapeOnly(c.dataset(), checkpoint.imageShape(), checkpoint.classCount()));
        model.restore(checkpoint.state());
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

    /** Classes a conditional generator can be asked for; 0 for an unconditional one. */
    public int classCount() {
        return model.model().conditioning() == org.ganlab.engine.model.Conditioning.NONE ? 0 : checkpoint.classCount();
    }

    /** The restored model (its generator is what samples come from), e.g. for an exporter. */
    public org.ganlab.engine.model.GanModel model() {
        return model.model();
    }

    public TrainingConfig config() {
        return checkpoint.config();
    }

    /** Iterations the generator had trained for when saved. */
    public long iteration() {
        return checkpoint.state().iteration();
    }

    /** {@code count} examples for {@code count * latentSize()} noise values. Thread-safe. */
    public synchronized Samples generate(float[] latent, int count) {
        return model.generate(latent, null, count);
    }

    /** Like {@link #generate(float[], int)}, each example of the class in {@code labels} (conditional models). */
    public synchronized Samples generate(float[] latent, int[] labels, int count) {
        if (labels != null && classCount() == 0) {
            throw new IllegalArgumentException("this generator is not conditional: it cannot draw a chosen class");
        }
        return model.generate(latent, labels, count);
    }
}
