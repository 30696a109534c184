package org.ganlab.engine.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ganlab.engine.train.TrainingConfig;

/** Small, fast runs for tests of run folders: a narrow mlp2d on a 2-D ring, and tiny IDX data. */
final class Toy {

    private Toy() {
    }

    /** {@code iterations} of a 16-unit mlp2d on ring8 (its epochs are 1,000 iterations long). */
    static TrainingConfig ring(int iterations) {
        return TrainingConfig.defaults().withDataset("ring8").withModel("mlp2d").withHiddenUnits(16)
                .withLatentSize(4).withBatchSize(32).withIterations(iterations).withSnapshotEvery(10);
    }

    /** Writes {@code count} labelled 8×8 images into {@code dir} as IDX files; pixel values from {@code seed}. */
    static Path idxFolder(Path dir, int count, int seed) throws IOException {
        Files.createDirectories(dir);
        byte[] pixels = new byte[count * 64];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) ((i * 31 + seed * 7) % 256);
        }
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            labels[i] = (byte) (i % 2);
        }
        Files.write(dir.resolve("train-images-idx3-ubyte"), idx(2051, new int[] {count, 8, 8}, pixels));
        Files.write(dir.resolve("train-labels-idx1-ubyte"), idx(2049, new int[] {count}, labels));
        return dir;
    }

    private static byte[] idx(int magic, int[] dims, byte[] payload) {
        ByteBuffer buffer = ByteBuffer.allocate(4 + 4 * dims.length + payload.length);
        buffer.putInt(magic);
        for (int d : dims) {
            buffer.putInt(d);
        }
        return buffer.put(payload).array();
    }
}
