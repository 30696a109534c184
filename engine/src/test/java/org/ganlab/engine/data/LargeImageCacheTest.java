package org.ganlab.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache file of more than 2^31 pixel bytes (180,000 colour 64×64 images, the size of CelebA),
 * written sparse: only the header, three images and the report take disk space. Reading it must
 * use long offsets throughout: image 174,762 straddles byte 2^31 and a map chunk boundary.
 */
class LargeImageCacheTest {

    private static final int COUNT = 180_000;
    private static final int SIDE = 64;
    private static final int PER_IMAGE = 3 * SIDE * SIDE;
    private static final int STRADDLING = 174_762;
    private static final List<Integer> WRITTEN = List.of(0, STRADDLING, COUNT - 1);

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void writeSparseCache() throws IOException {
        file = dir.resolve("big.bin");
        long pixelBytes = (long) COUNT * PER_IMAGE;
        assertTrue(pixelBytes > (1L << 31));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer header = ByteBuffer.allocate(ImageFolderCache.HEADER)
                    .putInt(ImageFolderCache.MAGIC).putInt(ImageFolderCache.VERSION)
                    .putInt(COUNT).putInt(3).putInt(SIDE);
            channel.write(header.clear(), 0);
            for (int image : WRITTEN) {
                channel.write(ByteBuffer.wrap(pattern(image)), ImageFolderCache.HEADER + (long) image * PER_IMAGE);
            }
            channel.position(ImageFolderCache.HEADER + pixelBytes);
            DataOutputStream report = new DataOutputStream(Channels.newOutputStream(channel));
            report.writeInt(1);
            report.writeUTF("broken.png");
            report.writeUTF("unreadable: truncated");
            report.writeInt(2);
            report.flush();
        }
    }

    /** Image i's bytes: (i + k) mod 251 at position k, so neighbouring images differ everywhere. */
    private static byte[] pattern(int image) {
        byte[] bytes = new byte[PER_IMAGE];
        for (int k = 0; k < PER_IMAGE; k++) {
            bytes[k] = (byte) ((image + k) % 251);
        }
        return bytes;
    }

    @Test
    void imagesBeyondTwoGibibytesReadBackExactly() throws IOException {
        LoadedImageFolder loaded = ImageFolderCache.map(file, dir, SIDE, true);
        ImageDataset data = loaded.dataset();

        assertEquals(COUNT, data.count());
        for (int image : WRITTEN) {
            byte[] expected = pattern(image);
            for (int k = 0; k < PER_IMAGE; k += 97) {
                assertEquals(expected[k] & 0xff, data.pixel(image, k), "image " + image + " byte " + k);
            }
        }
        assertEquals(0, data.pixel(COUNT - 2, 5), "an image never written is a hole of zeros");
        assertTrue(loaded.report().summary().contains("1 skipped: broken.png (unreadable: truncated)"),
                loaded.report().summary());
        assertEquals(2, loaded.report().ignored());
    }

    @Test
    void aBatchHoldingTheLastImageIsFilledFromTheMap() throws IOException {
        ImageDataset data = ImageFolderCache.map(file, dir, SIDE, true).dataset();
        BatchIterator batches = new BatchIterator(data, 64, 7);
        int[] order = batches.order(0);
        int position = indexOf(order, STRADDLING);
        float[] pixels = new float[64 * PER_IMAGE];

        batches.fill(0, position / 64, pixels, null);

        byte[] expected = pattern(STRADDLING);
        int start = (position % 64) * PER_IMAGE;
        for (int k = 0; k < PER_IMAGE; k++) {
            assertEquals((expected[k] & 0xff) / 127.5f - 1f, pixels[start + k], "byte " + k);
        }
    }

    @Test
    void aSubsetAndTheWholeArrayBehaveAsTheirSizesAllow() throws IOException {
        ImageDataset data = ImageFolderCache.map(file, dir, SIDE, true).dataset();

        ImageDataset first = data.firstN(STRADDLING + 1);
        IllegalStateException tooBig = assertThrows(IllegalStateException.class, data::pixels);

        assertEquals(pattern(STRADDLING)[PER_IMAGE - 1] & 0xff, first.pixel(STRADDLING, PER_IMAGE - 1));
        assertTrue(tooBig.getMessage().contains("more than one array can"), tooBig.getMessage());
    }

    private static int indexOf(int[] values, int wanted) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == wanted) {
                return i;
            }
        }
        throw new AssertionError(wanted + " not in the order");
    }
}
