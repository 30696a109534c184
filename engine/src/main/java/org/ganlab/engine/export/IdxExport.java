package org.ganlab.engine.export;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.ganlab.engine.data.IdxReader;

/**
 * Writes generated images (or labels) in the IDX format MNIST uses, so other tools and
 * {@link IdxReader} can read them. Gzip-compressed when the target name ends in {@code .gz}, raw
 * otherwise; written atomically (see {@link AtomicFiles}). Use {@link ImageGrid#toUint8(float[])}
 * to turn samples in [-1, 1] into pixels.
 */
public final class IdxExport {

    private static final int BUFFER = 1 << 16;

    private IdxExport() {
    }

    /**
     * Writes an IDX3 uint8 file (magic {@code 0x00000803}, then count, rows, cols).
     *
     * @param pixels exactly {@code count * rows * cols} bytes, image after image, row-major
     */
    public static void writeImages(Path target, byte[] pixels, int count, int rows, int cols)
            throws IOException {
        if (count < 1 || rows < 1 || cols < 1 || pixels.length != (long) count * rows * cols) {
            throw new IllegalArgumentException(count + " images of " + rows + "x" + cols
                    + " need " + ((long) count * rows * cols) + " bytes; got " + pixels.length);
        }
        write(target, IdxReader.IMAGES_MAGIC, new int[] {count, rows, cols}, pixels);
    }

    /** Writes an IDX1 uint8 label file (magic {@code 0x00000801}, then count), one byte a label. */
    public static void writeLabels(Path target, byte[] labels) throws IOException {
        if (labels.length < 1) {
            throw new IllegalArgumentException("need at least one label");
        }
        write(target, IdxReader.LABELS_MAGIC, new int[] {labels.length}, labels);
    }

    private static void write(Path target, int magic, int[] dims, byte[] payload) throws IOException {
        boolean gzip = target.getFileName().toString().endsWith(".gz");
        AtomicFiles.write(target, out -> {
            OutputStream sink = gzip ? new GZIPOutputStream(out, BUFFER) : out;
            DataOutputStream data = new DataOutputStream(sink);
            data.writeInt(magic);
            for (int dim : dims) {
                data.writeInt(dim);
            }
            data.write(payload);
            data.flush();
            if (sink instanceof GZIPOutputStream compressed) {
                compressed.finish();
            }
        });
    }
}
