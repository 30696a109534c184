package org.ganlab.engine.data;

import static org.ganlab.engine.data.IdxBytes.gzip;
import static org.ganlab.engine.data.IdxBytes.idx;
import static org.ganlab.engine.data.IdxBytes.images;
import static org.ganlab.engine.data.IdxBytes.labels;
import static org.ganlab.engine.data.IdxBytes.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsRawImages() throws IOException {
        Path file = write(dir, "images-idx3-ubyte", images(3, 2, 4));

        IdxImages read = IdxReader.readImages(file);

        assertEquals(3, read.count());
        assertEquals(2, read.rows());
        assertEquals(4, read.cols());
        assertArrayEquals(IdxBytes.pattern(24), read.pixels());
    }

    @Test
    void detectsGzipByContentNotByName() throws IOException {
        Path gzipNamedRaw = write(dir, "a.raw", gzip(images(5, 3, 3)));
        Path rawNamedGz = write(dir, "b.gz", images(5, 3, 3));

        assertArrayEquals(IdxBytes.pattern(45), IdxReader.readImages(gzipNamedRaw).pixels());
        assertArrayEquals(IdxBytes.pattern(45), IdxReader.readImages(rawNamedGz).pixels());
    }

    @Test
    void readsLabels() throws IOException {
        Path file = write(dir, "labels.gz", gzip(labels((byte) 7, (byte) 0, (byte) 255)));

        assertArrayEquals(new byte[] {7, 0, (byte) 255}, IdxReader.readLabels(file));
    }

    @Test
    void truncatedRawFileSaysHowMuchIsMissing() throws IOException {
        byte[] full = images(60000, 28, 28);
        Path file = write(dir, "train-images-idx3-ubyte", Arrays.copyOf(full, 16 + 1000));

        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(file));

        assertEquals("train-images-idx3-ubyte: truncated: header promises 60000 images of 28x28"
                + " (47040000 bytes) but only 1000 bytes follow", e.getMessage());
    }

    @Test
    void truncatedPayloadInsideValidGzip() throws IOException {
        byte[] full = images(60000, 28, 28);
        Path file = write(dir, "train-images-idx3-ubyte.gz", gzip(Arrays.copyOf(full, 16 + 1000)));

        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(file));

        assertEquals("train-images-idx3-ubyte.gz: truncated: header promises 60000 images of 28x28"
                + " (47040000 bytes) but only 1000 bytes follow", e.getMessage());
    }

    @Test
    void gzipStreamCutShort() throws IOException {
        byte[] compressed = gzip(images(100, 28, 28));
        Path file = write(dir, "cut.gz", Arrays.copyOf(compressed, compressed.length / 2));

        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(file));

        assertMessage(e, "cut.gz: ", "truncated gzip stream");
    }

    @Test
    void corruptDeflateData() throws IOException {
        byte[] compressed = gzip(images(10, 28, 28));
        compressed[10] = (byte) 0xFF; // first deflate block header: type 3 is reserved, i.e. invalid
        Path file = write(dir, "corrupt.gz", compressed);

        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(file));

        assertMessage(e, "corrupt.gz: ", "corrupt gzip data");
        assertTrue(e.getCause() instanceof ZipException);
    }

    @Test
    void corruptGzipChecksum() throws IOException {
        byte[] compressed = gzip(images(10, 28, 28));
        compressed[compressed.length - 8] ^= 0x55; // the CRC-32 in the trailer
        Path file = write(dir, "crc.gz", compressed);

        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(file));

        assertMessage(e, "crc.gz: ", "corrupt gzip data");
    }

    @Test
    void labelFileGivenAsImagesSaysSo() throws IOException {
        Path file = write(dir, "train-labels-idx1-ubyte", labels((byte) 1, (byte) 2));

        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(file));

        assertMessage(e, "train-labels-idx1-ubyte: ", "wrong magic number: found 0x00000801",
                "IDX labels", "expected 0x00000803");
    }

    @Test
    void imageFileGivenAsLabels() throws IOException {
        Path file = write(dir, "images", images(1, 2, 2));

        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(file));

        assertMessage(e, "images: ", "found 0x00000803 (IDX images", "expected 0x00000801");
    }

    @Test
    void somethingElseEntirely() throws IOException {
        Path file = write(dir, "photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});

        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(file));

        assertMessage(e, "photo.png: ", "0x89504E47", "not an IDX file");
    }

    @Test
    void trailingBytesAreRejected() throws IOException {
        byte[] valid = images(2, 2, 2);
        Path file = write(dir, "long", Arrays.copyOf(valid, valid.length + 3));

        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readImages(file));

        assertMessage(e, "long: ", "trailing", "3 bytes follow the 2 images of 2x2");
    }

    @Test
    void trailingBytesInsideGzipAreRejected() throws IOException {
        byte[] valid = labels((byte) 1, (byte) 2);
        Path file = write(dir, "labels.gz", gzip(Arrays.copyOf(valid, valid.length + 1)));

        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(file));

        assertMessage(e, "labels.gz: ", "1 bytes follow the 2 labels");
    }

    @Test
    void emptyAndHeaderOnlyFiles() throws IOException {
        Path empty = write(dir, "empty", new byte[0]);
        Path shortHeader = write(dir, "short", Arrays.copyOf(images(1, 1, 1), 9));

        assertMessage(assertThrows(IdxFormatException.class, () -> IdxReader.readImages(empty)),
                "empty: ", "empty file");
        assertMessage(assertThrows(IdxFormatException.class, () -> IdxReader.readImages(shortHeader)),
                "short: ", "truncated", "header");
    }

    @Test
    void zeroOrHugeDimensionsAreRejected() throws IOException {
        Path zeroRows = write(dir, "zero", idx(IdxReader.IMAGES_MAGIC, new int[] {1, 0, 28}, new byte[0]));
        Path huge = write(dir, "huge", idx(IdxReader.IMAGES_MAGIC, new int[] {1, 100_000, 28}, new byte[0]));
        Path tooMany = write(dir, "many", idx(IdxReader.IMAGES_MAGIC, new int[] {10_000_000, 28, 28}, new byte[0]));
        Path negative = write(dir, "negative", idx(IdxReader.LABELS_MAGIC, new int[] {-1}, new byte[0]));

        assertMessage(assertThrows(IdxFormatException.class, () -> IdxReader.readImages(zeroRows)),
                "zero: ", "rows is 0");
        assertMessage(assertThrows(IdxFormatException.class, () -> IdxReader.readImages(huge)),
                "huge: ", "implausible image size 100000x28");
        assertMessage(assertThrows(IdxFormatException.class, () -> IdxReader.readImages(tooMany)),
                "many: ", "too large");
        assertMessage(assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(negative)),
                "negative: ", "label count is 4294967295");
    }

    @Test
    void missingFileIsAPlainNoSuchFile() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> IdxReader.readImages(dir.resolve("absent")));
        assertEquals(dir.resolve("absent").toString(), e.getMessage(), "the message is the missing file");
    }

    static void assertMessage(Exception e, String prefix, String... parts) {
        String message = e.getMessage();
        assertTrue(message.startsWith(prefix), () -> "expected to start with '" + prefix + "': " + message);
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "expected '" + part + "' in: " + message);
        }
    }
}
