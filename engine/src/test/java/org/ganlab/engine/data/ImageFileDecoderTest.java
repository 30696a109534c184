package org.ganlab.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageReadParam;
import org.ganlab.engine.data.ImageFolderReport.SkippedImage;
import org.ganlab.engine.data.SquareImages.Square;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Huge images: decoded subsampled from the centre square, or refused by their header. */
class ImageFileDecoderTest {

    @RegisterExtension
    final TemporaryUserCache cache = new TemporaryUserCache();
    @TempDir
    Path dir;

    @Test
    void theReaderIsAskedForTheCentreSquareEveryNthPixel() {
        ImageReadParam param = new ImageReadParam();

        ImageFileDecoder.configure(param, 8000, 6000, 32);

        assertEquals(new Rectangle(1000, 0, 6000, 6000), param.getSourceRegion());
        assertEquals(6000 / (4 * 32), param.getSourceXSubsampling());
        assertEquals(6000 / (4 * 32), param.getSourceYSubsampling());
        assertEquals(1, ImageFileDecoder.subsampling(100, 32), "small images are read whole");
    }

    @Test
    void an8000PixelSquareDecodesSmallAndKeepsItsColour() throws IOException {
        Path png = dir.resolve("huge.png");
        BigPng.write(png, 8000, 8000, 0xC81E5A);

        BufferedImage read = ImageFileDecoder.readSquare(png, 32);
        Object square = ImageFileDecoder.decode(dir, png, 32);

        assertTrue(Files.size(png) < 1_000_000, "the test image is cheap: " + Files.size(png));
        assertTrue(read.getWidth() <= 8 * 32 && read.getWidth() >= 4 * 32, "decoded at " + read.getWidth());
        assertEquals(read.getWidth(), read.getHeight());
        byte[] rgb = assertInstanceOf(Square.class, square).rgb();
        for (int i = 0; i < 32 * 32; i++) {
            assertEquals(0xC8, rgb[i] & 0xff);
            assertEquals(0x1E, rgb[32 * 32 + i] & 0xff);
            assertEquals(0x5A, rgb[2 * 32 * 32 + i] & 0xff);
        }
        assertFalse(((Square) square).grey());
    }

    @Test
    void anImageAboveThePixelBoundIsSkippedNamingItBeforeDecoding() throws IOException {
        // The header claims 40,000 x 40,000 (1.6 gigapixels); the data holds one row.
        BigPng.writeClaiming(dir.resolve("bomb.png"), 40_000, 40_000, 4, 1, 0xFFFFFF);
        BigPng.write(dir.resolve("fine.png"), 50, 50, 0x00FF00);

        ImageFolderReport report = ImageFolderLoader.load(dir, 32, ImageFolderListener.NONE).report();

        assertEquals(1, report.loaded());
        SkippedImage skipped = report.skipped().get(0);
        assertEquals("bomb.png", skipped.file());
        assertTrue(skipped.reason().contains("40,000 x 40,000 pixels is more than the 500 million"), skipped.reason());
        assertTrue(report.summary().contains("1 skipped: bomb.png (too large"), report.summary());
    }
}
