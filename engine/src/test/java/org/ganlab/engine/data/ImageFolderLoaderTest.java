package org.ganlab.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Folders of PNG/JPEG images: crop, resize, grey or colour, skipped files, the cache, progress. */
class ImageFolderLoaderTest {

    @RegisterExtension
    final TemporaryUserCache cacheSetting = new TemporaryUserCache();
    Path cache;

    @BeforeEach
    void cacheFolder() {
        cache = cacheSetting.root();
    }
    @TempDir
    Path dir;



    @Test
    void colourImagesOfAnySizeBecomeCentreCroppedRgbSquares() throws IOException {
        // 120x60: red left and right quarters, blue centre square -> the crop is all blue
        BufferedImage wide = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
        fill(wide, Color.RED, 0, 0, 120, 60);
        fill(wide, Color.BLUE, 30, 0, 60, 60);
        ImageIO.write(wide, "png", dir.resolve("a-wide.png").toFile());
        BufferedImage small = new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_GRAY);
        fill(small, Color.WHITE, 0, 0, 20, 20);
        ImageIO.write(small, "jpg", dir.resolve("b-small.JPG").toFile());

        LoadedImageFolder loaded = ImageFolderLoader.load(dir, 64, ImageFolderListener.NONE);
        ImageDataset data = loaded.dataset();

        assertEquals(2, data.count());
        assertEquals(3, data.channels(), "one colour image makes the set RGB");
        assertEquals(64, data.height());
        int plane = 64 * 64;
        for (int i = 0; i < plane; i++) {
            assertEquals(0, data.pixel(0, i), "red of the cropped blue square");
            assertEquals(255, data.pixel(0, 2 * plane + i), "blue of the cropped blue square");
        }
        assertTrue(data.pixel(1, 0) > 245 && data.pixel(1, plane) > 245, "the grey JPEG, enlarged, stays white");
        assertEquals(2, loaded.report().loaded());
        assertFalse(loaded.report().fromCache());
    }

    @Test
    void greyOnlyFoldersGiveOneChannelAndDownscalingAverages() throws IOException {
        // 64x64 checkerboard of single pixels, shrunk to 32x32: every output pixel averages to grey
        BufferedImage board = new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                board.getRaster().setSample(x, y, 0, (x + y) % 2 == 0 ? 0 : 254);
            }
        }
        ImageIO.write(board, "png", dir.resolve("board.png").toFile());

        ImageDataset data = DatasetCatalog.load("images32:" + dir, cache);

        assertEquals(1, data.channels());
        assertEquals(32, data.width());
        for (int i = 0; i < 32 * 32; i++) {
            assertEquals(127, data.pixel(0, i));
        }
    }

    @Test
    void unreadableFilesAreSkippedAndReportedNeverFatal() throws IOException {
        writeSquare(dir.resolve("good.png"), Color.GREEN);
        byte[] png = Files.readAllBytes(dir.resolve("good.png"));
        Files.write(dir.resolve("broken.png"), java.util.Arrays.copyOf(png, png.length / 2));
        Files.write(dir.resolve("random.jpg"), new byte[] {1, 2, 3, 4});
        Files.writeString(dir.resolve("notes.txt"), "not an image");
        Files.createDirectories(dir.resolve(".thumbnails"));
        writeSquare(dir.resolve(".thumbnails/hidden.png"), Color.RED);

        ImageFolderReport report = ImageFolderLoader.load(dir, 32, ImageFolderListener.NONE).report();

        assertEquals(1, report.loaded());
        assertEquals(2, report.skipped().size());
        assertEquals("broken.png", report.skipped().get(0).file());
        assertTrue(report.skipped().get(0).reason().startsWith("unreadable"), report.skipped().get(0).reason());
        assertEquals("random.jpg", report.skipped().get(1).file());
        assertTrue(report.skipped().get(1).reason().startsWith("not a PNG or JPEG"), report.skipped().get(1).reason());
        assertEquals(1, report.ignored(), "notes.txt; hidden folders are not looked at");
        assertTrue(report.summary().contains("2 skipped: broken.png"), report.summary());
    }

    @Test
    void aFolderWithoutAnyUsableImageIsAnErrorNamingIt() throws IOException {
        Files.write(dir.resolve("broken.jpg"), new byte[] {1, 2, 3});

        IOException e = assertThrows(IOException.class, () -> ImageFolderLoader.load(dir, 64, ImageFolderListener.NONE));

        assertTrue(e.getMessage().contains(dir.toString()) && e.getMessage().contains("broken.jpg"), e.getMessage());
        try (var left = Files.list(UserCache.imagesDir())) {
            assertEquals(0, left.count(), "the partial cache file is deleted");
        }
    }

    @Test
    void theSecondLoadComesFromTheCacheUntilAFileChanges() throws IOException {
        writeSquare(dir.resolve("one.png"), Color.ORANGE);
        writeSquare(dir.resolve("two.png"), Color.CYAN);
        List<String> progress = new ArrayList<>();
        LoadedImageFolder first = ImageFolderLoader.load(dir, 32, (done, total, file) -> progress.add(done + "/" + total));

        LoadedImageFolder second = ImageFolderLoader.load(dir, 32, ImageFolderListener.NONE);
        writeSquare(dir.resolve("three.png"), Color.PINK);
        LoadedImageFolder third = ImageFolderLoader.load(dir, 32, ImageFolderListener.NONE);

        assertEquals(List.of("1/2", "2/2"), progress);
        assertTrue(second.report().fromCache());
        assertArrayEquals(first.dataset().pixels(), second.dataset().pixels());
        assertFalse(third.report().fromCache(), "a new file changes the cache key");
        assertEquals(3, third.dataset().count());
    }

    @Test
    void aDamagedCacheFileIsIgnoredAndRebuilt() throws IOException {
        writeSquare(dir.resolve("one.png"), Color.ORANGE);
        ImageFolderLoader.load(dir, 32, ImageFolderListener.NONE);
        try (var files = Files.list(UserCache.imagesDir())) {
            Files.write(files.findFirst().orElseThrow(), new byte[] {1, 2, 3});
        }

        LoadedImageFolder again = ImageFolderLoader.load(dir, 32, ImageFolderListener.NONE);

        assertFalse(again.report().fromCache());
        assertEquals(1, again.dataset().count());
    }

    @Test
    void manyGreyImagesKeepTheirOwnLevelsInTheOneChannelCache() throws IOException {
        // Written as RGB while decoding, compacted to one plane per image at the end.
        for (int i = 0; i < 12; i++) {
            writeGrey(dir.resolve(String.format("g%02d.png", i)), 20 * i);
        }

        ImageDataset fresh = ImageFolderLoader.load(dir, 16, ImageFolderListener.NONE).dataset();
        ImageDataset cached = ImageFolderLoader.load(dir, 16, ImageFolderListener.NONE).dataset();

        assertEquals(1, fresh.channels());
        for (int i = 0; i < 12; i++) {
            assertEquals(20 * i, fresh.pixel(i, 0), "image " + i);
            assertEquals(20 * i, fresh.pixel(i, 16 * 16 - 1), "image " + i);
        }
        assertArrayEquals(fresh.pixels(), cached.pixels());
    }

    @Test
    void anUnwritableCacheFolderStillLoadsTheImages() throws IOException {
        writeSquare(dir.resolve("one.png"), Color.MAGENTA);
        Path notAFolder = Files.writeString(dir.resolve("cache-is-a-file"), "x");
        System.setProperty(UserCache.ROOT_PROPERTY, notAFolder.resolve("sub").toString());

        LoadedImageFolder loaded = ImageFolderLoader.load(dir, 8, ImageFolderListener.NONE);

        assertEquals(1, loaded.dataset().count());
        assertEquals(255, loaded.dataset().pixel(0, 0), "red of magenta");
        assertEquals(0, loaded.dataset().pixel(0, 64), "green of magenta");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("photos.zip"), "x");

        IOException e = assertThrows(IOException.class, () -> ImageFolderLoader.load(file, 32, ImageFolderListener.NONE));

        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("is a file, not a folder"), e.getMessage());
    }

    private static void writeGrey(Path file, int level) throws IOException {
        BufferedImage image = new BufferedImage(24, 24, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 24; y++) {
            for (int x = 0; x < 24; x++) {
                image.getRaster().setSample(x, y, 0, level);
            }
        }
        ImageIO.write(image, "png", file.toFile());
    }

    @Test
    void aCacheFileCutShortIsIgnoredAndRebuilt() throws IOException {
        writeSquare(dir.resolve("one.png"), Color.ORANGE);
        writeSquare(dir.resolve("two.png"), Color.CYAN);
        ImageFolderLoader.load(dir, 32, ImageFolderListener.NONE);
        try (var files = Files.list(UserCache.imagesDir())) {
            Path file = files.findFirst().orElseThrow();
            byte[] whole = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        }

        LoadedImageFolder again = ImageFolderLoader.load(dir, 32, ImageFolderListener.NONE);

        assertFalse(again.report().fromCache(), "the header promises more pixels than the file holds");
        assertEquals(2, again.dataset().count());
        assertEquals(255, again.dataset().pixel(1, 32 * 32), "green of the cyan square");
    }

    private static void writeSquare(Path file, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        fill(image, colour, 0, 0, 40, 40);
        ImageIO.write(image, "png", file.toFile());
    }

    private static void fill(BufferedImage image, Color colour, int x, int y, int w, int h) {
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(x, y, w, h);
        g.dispose();
    }
}
