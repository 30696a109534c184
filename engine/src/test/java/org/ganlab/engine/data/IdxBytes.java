package org.ganlab.engine.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Builds IDX files byte by byte, so tests can also make broken ones. */
final class IdxBytes {

    private IdxBytes() {
    }

    /** A header (magic, then each dimension) followed by {@code payload}. */
    static byte[] idx(int magic, int[] dims, byte[] payload) {
        ByteBuffer buffer = ByteBuffer.allocate(4 + 4 * dims.length + payload.length);
        buffer.putInt(magic);
        for (int dim : dims) {
            buffer.putInt(dim);
        }
        buffer.put(payload);
        return buffer.array();
    }

    /** A valid image file of {@code count} images whose pixel i is {@code i % 251}. */
    static byte[] images(int count, int rows, int cols) {
        return idx(IdxReader.IMAGES_MAGIC, new int[] {count, rows, cols}, pattern(count * rows * cols));
    }

    static byte[] labels(byte... labels) {
        return idx(IdxReader.LABELS_MAGIC, new int[] {labels.length}, labels);
    }

    static byte[] pattern(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i % 251);
        }
        return bytes;
    }

    static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Path write(Path dir, String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }
}
