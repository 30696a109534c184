package org.ganlab.engine.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ganlab.engine.data.IdxImages;
import org.ganlab.engine.data.IdxReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxExportTest {

    @TempDir
    Path dir;

    private static byte[] pixels(int n) {
        byte[] pixels = new byte[n];
        for (int i = 0; i < n; i++) {
            pixels[i] = (byte) (i * 31);
        }
        return pixels;
    }

    @Test
    void gzipRoundTrip() throws IOException {
        Path target = dir.resolve("generated-images-idx3-ubyte.gz");
        byte[] pixels = pixels(4 * 28 * 28);

        IdxExport.writeImages(target, pixels, 4, 28, 28);
        IdxImages read = IdxReader.readImages(target);

        assertEquals(0x1f, Files.readAllBytes(target)[0] & 0xff);
        assertEquals(4, read.count());
        assertEquals(28, read.rows());
        assertEquals(28, read.cols());
        assertArrayEquals(pixels, read.pixels());
    }

    @Test
    void rawRoundTripWithLabels() throws IOException {
        Path images = dir.resolve("images-idx3-ubyte");
        Path labels = dir.resolve("labels-idx1-ubyte");
        byte[] pixels = pixels(3 * 5 * 7);

        IdxExport.writeImages(images, pixels, 3, 5, 7);
        IdxExport.writeLabels(labels, new byte[] {2, 0, 9});

        assertEquals(16 + pixels.length, Files.size(images));
        assertArrayEquals(pixels, IdxReader.readImages(images).pixels());
        assertArrayEquals(new byte[] {2, 0, 9}, IdxReader.readLabels(labels));
    }

    @Test
    void samplesExportViaToUint8() throws IOException {
        float[] samples = {-1f, 0f, 1f, 0.5f};
        Path target = dir.resolve("s.idx");

        IdxExport.writeImages(target, ImageGrid.toUint8(samples), 1, 2, 2);

        assertArrayEquals(new byte[] {0, (byte) 128, (byte) 255, (byte) 191},
                IdxReader.readImages(target).pixels());
    }

    @Test
    void rejectsWrongPixelCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IdxExport.writeImages(dir.resolve("x"), new byte[5], 1, 2, 2));
        assertEquals("1 images of 2x2 need 4 bytes; got 5", e.getMessage());
    }
}
