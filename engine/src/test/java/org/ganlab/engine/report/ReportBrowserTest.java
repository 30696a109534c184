package org.ganlab.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report opens in a real browser: headless Chromium lays it out to a screenshot, and, in a test
 * copy of the page with a script added, counts the images it decoded. Skipped where Chromium is
 * not installed ({@code .ci/run} installs it).
 */
class ReportBrowserTest {

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 3000;
    // PointPlot's background: the real points' scatter, drawn 512 px square on a white page
    private static final int PLOT_BACKGROUND = 0x181a1f;

    @TempDir
    static Path dir;
    private static Path report;

    @BeforeAll
    static void writeReport() throws IOException {
        HeadlessChromium.assumeInstalled();
        Path run = RunFolderFixture.complete(dir.resolve("run"), "ring8", 2_000);
        report = dir.resolve("report.html");
        HtmlReport.write(run, report);
    }

    @Test
    void chromiumDecodesEveryInlinedImage() throws Exception {
        assertEquals("3/4", new HeadlessChromium(dir).decodedImages(report),
                "snapshot, real points and GIF decode; the broken test image does not");
    }

    @Test
    void theScreenshotShowsThePageWithTheRealPointsPlot() throws Exception {
        Path png = dir.resolve("report.png");

        new HeadlessChromium(dir).screenshot(report, png, WIDTH, HEIGHT);

        BufferedImage shot = ImageIO.read(png.toFile());
        assertEquals(WIDTH, shot.getWidth());
        assertEquals(HEIGHT, shot.getHeight());
        int plot = 0;
        int white = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int rgb = shot.getRGB(x, y) & 0xffffff;
                plot += near(rgb, PLOT_BACKGROUND) ? 1 : 0;
                white += rgb == 0xffffff ? 1 : 0;
            }
        }
        assertTrue(plot > 512 * 512 / 2, "the scatter's dark square is on the page: " + plot + " px");
        assertTrue(white < WIDTH * HEIGHT * 0.95, "the page is not blank: " + white + " white px");
    }

    private static boolean near(int rgb, int target) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((rgb >> shift & 0xff) - (target >> shift & 0xff)) > 3) {
                return false;
            }
        }
        return true;
    }
}
