package org.ganlab.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for the tests that open a page in a real browser, kept off the network: a
 * screenshot of the page, and the count of the images it decoded. Tests using it are skipped
 * where Chromium is not installed ({@code .ci/run} installs it).
 */
final class HeadlessChromium {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    // Reports its count of decoded images as an attribute that --dump-dom shows.
    private static final String COUNTER = "<script>addEventListener('load',()=>{const i=[...document.images];"
            + "document.body.setAttribute('data-decoded',i.filter(x=>x.complete&&x.naturalWidth>0).length+'/'+i.length)})"
            + "</script>";
    // Proves the count can fail: a PNG data URI that does not decode.
    private static final String BROKEN = "<img src=\"data:image/png;base64,iVBORw0KGgoAAAA\" alt=\"broken\">";

    private final Path dir;

    /** Chromium's profiles and logs go under {@code dir}. */
    HeadlessChromium(Path dir) {
        this.dir = dir;
    }

    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Chromium is not installed at " + CHROMIUM + " (apt-get install -y chromium): the browser test is skipped");
    }

    /**
     * Opens a copy of {@code page} with one undecodable image and a counting script added, and
     * returns "decoded/all" as the browser counted them (the added image among all, never decoded).
     */
    String decodedImages(Path page) throws IOException, InterruptedException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Path testCopy = dir.resolve("test-copy-" + page.getFileName());
        Files.writeString(testCopy, html.replace("</body>", BROKEN + COUNTER + "</body>"), StandardCharsets.UTF_8);
        String dom = run("--virtual-time-budget=10000", "--dump-dom", testCopy.toUri().toString());
        Matcher m = Pattern.compile("data-decoded=\"(\\d+)/(\\d+)\"").matcher(dom);
        assertTrue(m.find(), "the page loaded and counted its images: " + dom.substring(0, Math.min(300, dom.length())));
        return m.group(1) + "/" + m.group(2);
    }

    /** Lays the page out in a {@code width} × {@code height} window and saves it as {@code png}. */
    void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        run("--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png, page.toUri().toString());
    }

    /** Runs headless Chromium with the options that keep it off the network; its standard output. */
    private String run(String... args) throws IOException, InterruptedException {
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
