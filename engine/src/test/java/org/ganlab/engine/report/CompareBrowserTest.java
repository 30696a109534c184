package org.ganlab.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.ganlab.engine.checkpoint.ConfigJson;
import org.ganlab.engine.run.RunFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A comparison of three runs opens in a real browser: every inlined sample grid decodes, and the
 * screenshot shows the charts in the three runs' colours. Skipped where Chromium is not installed.
 */
class CompareBrowserTest {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 4000;
    private static final int RUNS = 3;
    private static final double[] LEARNING_RATES_G = {2e-4, 5e-4, 1e-3};

    @TempDir
    static Path dir;
    private static Path page;

    @BeforeAll
    static void writeComparison() throws IOException {
        HeadlessChromium.assumeInstalled();
        List<Path> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Path run = RunFolderFixture.complete(dir.resolve("run-" + (char) ('a' + i)), "ring8", 2_000);
            ConfigJson.write(RunFolderFixture.config("ring8").withLearningRateG(LEARNING_RATES_G[i]), run.resolve(RunFolder.CONFIG));
            RunFolderFixture.metrics(run, 2_000, true, 3 + i);
            RunFolderFixture.snapshots(run, 5, 5 + i);
            runs.add(run);
        }
        page = dir.resolve("compare.html");
        HtmlComparison.write(runs, page);
    }

    @Test
    void chromiumDecodesEverySampleGrid() throws Exception {
        int rows = RunComparison.read(List.of(dir.resolve("run-a"), dir.resolve("run-b"))).sampleIterations(HtmlComparison.SAMPLE_ROWS).size();

        String decoded = new HeadlessChromium(dir).decodedImages(page);

        assertEquals(rows * RUNS + "/" + (rows * RUNS + 1), decoded, "every grid decodes; the broken test image does not");
    }

    @Test
    void theScreenshotShowsTheChartsInEachRunsColour() throws Exception {
        Path png = dir.resolve("compare.png");

        new HeadlessChromium(dir).screenshot(page, png, WIDTH, HEIGHT);

        BufferedImage shot = ImageIO.read(png.toFile());
        assertEquals(WIDTH, shot.getWidth());
        assertEquals(HEIGHT, shot.getHeight());
        for (int run = 0; run < RUNS; run++) {
            int rgb = ChartStyle.PRINT.run(run).getRGB() & 0xffffff;
            int pixels = count(shot, rgb);
            assertTrue(pixels > 2_000, "run " + run + "'s colour #" + Integer.toHexString(rgb) + " is drawn: " + pixels + " px");
        }
        if (Boolean.getBoolean("ganlab.keepScreenshot")) {
            Files.copy(png, Path.of(System.getProperty("ganlab.keepScreenshot.to", "target/compare.png")),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += near(image.getRGB(x, y) & 0xffffff, rgb) ? 1 : 0;
            }
        }
        return n;
    }

    private static boolean near(int rgb, int target) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((rgb >> shift & 0xff) - (target >> shift & 0xff)) > 6) {
                return false;
            }
        }
        return true;
    }
}
