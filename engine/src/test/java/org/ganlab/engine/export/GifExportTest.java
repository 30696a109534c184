package org.ganlab.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GifExportTest {

    @TempDir
    Path dir;

    /** A gray frame using every level 0..255, shifted by {@code shift} so frames differ. */
    static BufferedImage grayFrame(int shift) {
        BufferedImage image = new BufferedImage(32, 16, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 32; x++) {
                image.getRaster().setSample(x, y, 0, (y * 32 + x * 7 + shift) & 0xff);
            }
        }
        return image;
    }

    @Test
    void writesAllFramesLoopingForever() throws IOException {
        List<BufferedImage> frames = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            frames.add(grayFrame(i));
        }
        Path gif = dir.resolve("progress.gif");

        GifExport.write(frames, null, 200, 0, gif);

        assertEquals(5, GifExport.countFrames(gif));
        assertEquals(0, GifExport.loopCount(gif));
    }

    @Test
    void grayPixelsRoundTripExactly() throws IOException {
        BufferedImage original = grayFrame(3);
        Path gif = dir.resolve("gray.gif");

        GifExport.write(List.of(original, grayFrame(4)), null, 100, 0, gif);
        BufferedImage read = GifExport.readFrame(gif, 0);

        assertEquals(original.getWidth(), read.getWidth());
        assertEquals(original.getHeight(), read.getHeight());
        for (int y = 0; y < original.getHeight(); y++) {
            for (int x = 0; x < original.getWidth(); x++) {
                int expected = original.getRaster().getSample(x, y, 0);
                int rgb = read.getRGB(x, y) & 0xFFFFFF;
                assertEquals(expected * 0x010101, rgb, "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void loopCountIsConfigurable() throws IOException {
        Path gif = dir.resolve("thrice.gif");

        GifExport.write(List.of(grayFrame(0)), null, 50, 3, gif);

        assertEquals(3, GifExport.loopCount(gif));
        assertEquals(1, GifExport.countFrames(gif));
    }

    @Test
    void captionsAddAStripBelowEveryFrame() throws IOException {
        BufferedImage rgb = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(0, 0, 0xFF0000);
        Path gif = dir.resolve("captioned.gif");

        GifExport.write(List.of(rgb, rgb), Arrays.asList("epoch 1 · it 100", null), 100, 0, gif);
        BufferedImage read = GifExport.readFrame(gif, 1);

        assertEquals(2, GifExport.countFrames(gif));
        assertEquals(64, read.getWidth());
        assertEquals(32 + GifFrames.stripHeight(64), read.getHeight());
        assertEquals(0xFF0000, read.getRGB(0, 0) & 0xFFFFFF);
    }

    @Test
    void captionTextIsDrawn() {
        BufferedImage gray = new BufferedImage(200, 20, BufferedImage.TYPE_BYTE_GRAY);

        BufferedImage captioned = GifFrames.withCaption(gray, "epoch 3 · it 1200");

        int bright = 0;
        for (int y = 20; y < captioned.getHeight(); y++) {
            for (int x = 0; x < 200; x++) {
                bright += captioned.getRaster().getSample(x, y, 0) > 128 ? 1 : 0;
            }
        }
        assertTrue(bright > 20, "caption pixels: " + bright);
    }

    @Test
    void rejectsFramesOfDifferentSizes() {
        BufferedImage other = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GifExport.write(List.of(grayFrame(0), other), null, 100, 0, dir.resolve("x.gif")));
        assertEquals("frame 1 is 8x8 but frame 0 is " + grayFrame(0).getWidth() + "x" + grayFrame(0).getHeight(), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("x.gif")));
    }

    @Test
    void readingSomethingElseFailsClearly() throws IOException {
        Path notGif = Files.write(dir.resolve("fake.gif"), new byte[] {1, 2, 3, 4, 5, 6, 7});

        IOException e = assertThrows(IOException.class, () -> GifExport.countFrames(notGif));

        assertTrue(e.getMessage().contains("fake.gif: not a GIF file"), e.getMessage());
    }

    @Test
    void noFramesIsRefusedNamingTheTargetAndWritesNothing() {
        Path gif = dir.resolve("progress.gif");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GifExport.write(List.of(), null, 200, 0, gif));

        assertTrue(e.getMessage().contains(gif.toString()) && e.getMessage().contains("at least one frame"), e.getMessage());
        assertTrue(Files.notExists(gif));
    }
}
