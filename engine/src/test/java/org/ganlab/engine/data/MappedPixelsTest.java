package org.ganlab.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Memory-mapped pixels: reads that cross chunk boundaries, prefixes, and a short file. */
class MappedPixelsTest {

    @TempDir
    Path dir;

    /** {@code length} bytes after a 5-byte preamble: byte i of the region is (i * 7 + 3) mod 256. */
    private Path region(int length) throws IOException {
        byte[] bytes = new byte[5 + length];
        for (int i = 0; i < length; i++) {
            bytes[5 + i] = (byte) (i * 7 + 3);
        }
        Path file = dir.resolve("pixels.bin");
        Files.write(file, bytes);
        return file;
    }

    @Test
    void readsCrossingChunkBoundariesMatchTheFile() throws IOException {
        // 10 images of 12 bytes in chunks of 7: almost every image spans two or three chunks.
        PixelStore pixels = MappedPixels.map(region(120), 5, 120, 7);
        byte[] expected = Files.readAllBytes(dir.resolve("pixels.bin"));

        for (int image = 0; image < 10; image++) {
            byte[] read = new byte[14];
            pixels.read(image * 12L, read, 1, 12);
            assertArrayEquals(Arrays.copyOfRange(expected, 5 + image * 12, 5 + image * 12 + 12),
                    Arrays.copyOfRange(read, 1, 13), "image " + image);
        }
        for (long i = 0; i < 120; i++) {
            assertEquals(expected[(int) (5 + i)], pixels.get(i), "byte " + i);
        }
        assertEquals(120, pixels.size());
    }

    @Test
    void aDatasetOverSmallChunksServesBatchesAndPrefixes() throws IOException {
        ImageDataset data = ImageDataset.over("mapped", 10, 3, 2, 2, MappedPixels.map(region(120), 5, 120, 7));
        float[] image = new float[12];

        data.copyScaled(9, image, 0);
        ImageDataset first = data.firstN(4);

        assertEquals(((9 * 12 + 11) * 7 + 3 & 0xff) / 127.5f - 1f, image[11]);
        assertEquals(4, first.count());
        assertArrayEquals(Arrays.copyOf(data.pixels(), 48), first.pixels());
        assertEquals(data.pixel(3, 11), first.pixel(3, 11));
        assertThrows(IndexOutOfBoundsException.class, () -> first.pixel(4, 0));
    }

    @Test
    void aFileShorterThanTheRegionIsRefusedNamingIt() throws IOException {
        Path file = region(20);

        IOException e = assertThrows(IOException.class, () -> MappedPixels.map(file, 5, 40, 7));

        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("fewer than"), e.getMessage());
    }
}
