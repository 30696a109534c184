package org.ganlab.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report opens in a real browser: headless Chromium lays it out to a screenshot, and, in a test
 * copy of the page with a script added, counts the images it decoded. Skipped where Chromium is
 * not installed ({@code .ci/run} installs it).
 */
class ReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 3000;
    // PointPlot's background: the real points' scatter, drawn 512 px square on a white page
    private static final int PLOT_BACKGROUND = 0x181a1f;
    // Reports its count of decoded images as an attribute that --dump-dom shows.
    private static final String COUNTER = "<script>addEventListener('load',()=>{const i=[...document.images];"
            + "document.body.setAttribute('data-decoded',i.filter(x=>x.complete&&x.naturalWidth>0).length+'/'+i.length)})"
            + "</script>";
    // Proves the count can fail: a PNG data URI that does not decode.
    private static final String BROKEN = "<img src=\"data:image/png;base64,iVBORw0KGgoAAAA\" alt=\"broken\">";

    @TempDir
    static Path dir;
    private static Path report;

    @BeforeAll
    static void writeReport() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Chromium is not installed at " + CHROMIUM + " (apt-get install -y chromium): the browser test is skipped");
        Path run = RunFolderFixture.complete(dir.resolve("run"), "ring8", 2_000);
        report = dir.resolve("report.html");
        HtmlReport.write(run, report);
    }

    @Test
    void chromiumDecodesEveryInlinedImage() throws Exception {
        String html = Files.readString(report, StandardCharsets.UTF_8);
        Path testCopy = dir.resolve("report-test.html");
        Files.writeString(testCopy, html.replace("</body>", BROKEN + COUNTER + "</body>"), StandardCharsets.UTF_8);

        String dom = chromium("--virtual-time-budget=10000", "--dump-dom", testCopy.toUri().toString());

        Matcher m = Pattern.compile("data-decoded=\"(\\d+)/(\\d+)\"").matcher(dom);
        assertTrue(m.find(), "the page loaded and counted its images: " + dom.substring(0, Math.min(300, dom.length())));
        assertEquals("3/4", m.group(1) + "/" + m.group(2), "snapshot, real points and GIF decode; the broken test image does not");
    }

    @Test
    void theScreenshotShowsThePageWithTheRealPointsPlot() throws Exception {
        Path png = dir.resolve("report.png");

        chromium("--hide-scrollbars", "--window-size=" + WIDTH + "," + HEIGHT, "--screenshot=" + png, report.toUri().toString());

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

    /** Runs headless Chromium with the options that keep it off the network; its standard output. */
    private static String chromium(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium")));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(dir, "chromium", ".log");
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish in 120 s: " + Files.readString(log));
        }
        assertEquals(0, p.exitValue(), "chromium failed: " + Files.readString(log));
        return stdout;
    }
}
