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
        write(target, IdxReader.IMAGES_MAGIC, new int[] {count, rows, cols}, data -> data.write(pixels));
    }

    /** Produces the pixels of images {@code from .. from + count - 1}, image after image, row-major. */
    @FunctionalInterface
    public interface ImageSource {
        byte[] pixels(int from, int count) throws IOException;
    }

    /**
     * Writes an IDX3 uint8 file of {@code count} images fetched {@code chunk} at a time from
     * {@code source}, so the file may be far larger than memory. Atomic like the other writers: on
     * any failure of the source the target is left as it was.
     */
    public static void writeImages(Path target, int count, int rows, int cols, int chunk, ImageSource source)
            throws IOException {
        if (count < 1 || rows < 1 || cols < 1 || chunk < 1) {
            throw new IllegalArgumentException("need count, rows, cols and chunk >= 1; got "
                    + count + ", " + rows + ", " + cols + ", " + chunk);
        }
        write(target, IdxReader.IMAGES_MAGIC, new int[] {count, rows, cols}, data -> {
            for (int from = 0; from < count; from += chunk) {
                int n = Math.min(chunk, count - from);
                byte[] pixels = source.pixels(from, n);
                if (pixels.length != n * rows * cols) {
                    throw new IllegalStateException("images " + from + ".." + (from + n - 1) + " came as "
                            + pixels.length + " bytes, not " + n * rows * cols);
                }
                data.write(pixels);
            }
        });
    }

    /** Writes an IDX1 uint8 label file (magic {@code 0x00000801}, then count), one byte a label. */
    public static void writeLabels(Path target, byte[] labels) throws IOException {
        if (labels.length < 1) {
            throw new IllegalArgumentException("need at least one label");
        }
        write(target, IdxReader.LABELS_MAGIC, new int[] {labels.length}, data -> data.write(labels));
    }

    private static void write(Path target, int magic, int[] dims, IoConsumer<DataOutputStream> payload)
            throws IOException {
        boolean gzip = target.getFileName().toString().endsWith(".gz");
        AtomicFiles.write(target, out -> {
            OutputStream sink = gzip ? new GZIPOutputStream(out, BUFFER) : out;
            DataOutputStream data = new DataOutputStream(sink);
            data.writeInt(magic);
            for (int dim : dims) {
                data.writeInt(dim);
            }
            payload.accept(data);
            data.flush();
            if (sink instanceof GZIPOutputStream compressed) {
                compressed.finish();
            }
        });
    }
}
