package org.ganlab.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.ganlab.engine.diagnosis.Diagnosis;
import org.ganlab.engine.diagnosis.DiagnosisKind;
import org.ganlab.engine.diagnosis.Severity;
import org.ganlab.engine.doctor.DiagnosisLog;
import org.ganlab.engine.run.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a report shows of a run folder: every part when all is there, a line for each part that is not. */
class HtmlReportTest {

    private static final Pattern DATA_URI = Pattern.compile("src=\"data:image/(png|gif);base64,([A-Za-z0-9+/=]+)\"");

    @TempDir
    Path dir;

    private String report(Path run) throws Exception {
        return HtmlReport.render(RunReport.read(run));
    }

    @Test
    void aCompleteFolderShowsEveryPartWithItsImagesInlined() throws Exception {
        String html = report(RunFolderFixture.complete(dir.resolve("run"), "ring8", 300));

        List<BufferedImage> images = new ArrayList<>();
        List<String> types = new ArrayList<>();
        Matcher m = DATA_URI.matcher(html);
        while (m.find()) {
            types.add(m.group(1));
            images.add(ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(2)))));
        }
        assertEquals(List.of("png", "png", "gif"), types, "final snapshot, real points, GIF");
        images.forEach(image -> assertNotNull(image, "every inlined image decodes"));
        assertEquals(4 * 28 + 3 * 2, images.get(0).getWidth(), "the 4x4 snapshot grid");
        assertTrue(html.contains("width=\"236\" alt=\"Generated:"), "shown twice its size");
        assertTrue(html.contains("epoch-002_iter-00000200.png"), "the final snapshot is the last one");
        assertEquals(5, count(html, "<svg"), "loss, D outputs and three quality charts");
        assertTrue(html.contains("lr G 2e-4→2e-3, D/G 1→2"), "the live change marks the charts");
        assertTrue(html.contains(RunFolderFixture.BACKEND), "backend from the checkpoint's provenance");
        assertTrue(html.contains("<td>Training time (sum of step times)</td><td>30.0 s</td>"), "300 rows of 100 ms");
        assertTrue(html.contains("<td>learningRateG</td><td>2e-4</td>"), "config values as a person writes them");
        assertFalse(html.contains("<script"), "nothing to run");
        assertFalse(Pattern.compile("(src|href)=\"(https?:|//)").matcher(html).find(), "nothing fetched");
    }

    @Test
    void everyValueFromTheFolderIsEscaped() throws Exception {
        Path run = dir.resolve("run");
        Files.createDirectories(run);
        Files.writeString(run.resolve(RunFolder.CONFIG), "{\"dataset\": \"<b>ring8</b>\", \"note\": \"a & \\\"b\\\" <script>x</script>\"}");
        RunFolderFixture.changes(run, "iteration,field,old,new\n5,<i>field</i>,1,2\n");

        String html = report(run);

        assertTrue(html.contains("<td>note</td><td>a &amp; &quot;b&quot; &lt;script&gt;x&lt;/script&gt;</td>"), html);
        assertTrue(html.contains("&lt;i&gt;field&lt;/i&gt;"));
        assertTrue(html.contains("No real images of &#39;&lt;b&gt;ring8&lt;/b&gt;&#39;"), "unknown data set, escaped");
        assertFalse(html.contains("<script>") || html.contains("<b>") || html.contains("<i>"));
    }

    @Test
    void aFolderWithOnlyAConfigSaysInOneLineWhatEachMissingPartIs() throws Exception {
        Path run = dir.resolve("old-run");
        Files.createDirectories(run);
        // an early version's config: fewer keys than today's
        Files.writeString(run.resolve(RunFolder.CONFIG), "{\"dataset\": \"ring8\", \"model\": \"mlp2d\", \"epochs\": 3}");

        String html = report(run);

        for (String line : List.of("No metrics.csv in this run folder.", "No snapshots in this run folder.",
                "No progress.gif in this run folder.", "No checkpoint.zip in this run folder: machine and backend unknown.",
                "No changes.csv in this run folder: no live changes recorded.",
                "No quality metrics in this run (train with --metrics-every to record them).")) {
            assertEquals(1, count(html, "<p class=\"missing\">" + line + "</p>"), line);
        }
        assertTrue(html.contains("<td>model</td><td>mlp2d</td>"));
        assertEquals(1, count(html, "src=\"data:image/png"), "the real points still show");
    }

    @Test
    void theDoctorsDiagnosesAreListedWithTheirIterationsAndAdvice() throws Exception {
        Path run = RunFolderFixture.complete(dir.resolve("run"), "ring8", 300);
        assertTrue(report(run).contains("<p class=\"missing\">No diagnoses.jsonl in this run folder"),
                "a run without the doctor's log says so");

        Diagnosis collapse = new Diagnosis(DiagnosisKind.MODE_COLLAPSE, Severity.WARNING, 1_200, -1,
                Map.of("diversity", 0.2), "samples are 20% as varied as real data", "try Loss <wgan-gp>");
        DiagnosisLog log = DiagnosisLog.in(run);
        log.append(collapse);
        log.append(collapse.endedAt(2_500));
        String html = report(run);

        assertTrue(html.contains("<td>1,200 – 2,500</td><td><b>" + DiagnosisKind.MODE_COLLAPSE.title() + "</b> (warning)"), html);
        assertTrue(html.contains("<td>samples are 20% as varied as real data</td><td>try Loss &lt;wgan-gp&gt;</td>"));
        assertEquals(1, count(html, "<tr><td>1,200"), "one row per diagnosis, in its last state");
    }

    @Test
    void anOlderMetricsFileWithoutQualityColumnsStillCharts() throws Exception {
        Path run = dir.resolve("run");
        Files.createDirectories(run);
        Files.writeString(run.resolve(RunFolder.METRICS),
                "iteration,epoch,d_loss,g_loss,d_real,d_fake,millis\n1,0,1.3,0.7,0.5,0.5,60000\n2,0,1.2,0.8,0.6,0.4,60000\n3,0,1.1");

        String html = report(run);

        assertEquals(2, count(html, "<svg"), "losses and D outputs");
        assertTrue(html.contains("<td>Training time (sum of step times)</td><td>2 min 00 s</td>"), "the torn last row is skipped");
        assertTrue(html.contains("<td>Iterations</td><td>2</td>"));
        assertTrue(html.contains("No config.json in this run folder."));
    }

    @Test
    void aFolderWhoseSnapshotsAreGoneShowsItsOwnGif() throws Exception {
        Path run = RunFolderFixture.complete(dir.resolve("run"), "ring8", 50);
        byte[] gif = Files.readAllBytes(run.resolve(RunFolder.GIF));
        try (var snapshots = Files.list(run.resolve(RunFolder.SNAPSHOTS))) {
            for (Path p : snapshots.toList()) {
                Files.delete(p);
            }
        }

        String html = report(run);

        assertTrue(html.contains("No snapshots in this run folder."));
        assertTrue(html.contains("src=\"data:image/gif;base64," + Base64.getEncoder().encodeToString(gif) + "\""),
                "progress.gif inlined as it is");
    }

    @Test
    void aDamagedCheckpointIsNamedAndTheRestStillShows() throws Exception {
        Path run = RunFolderFixture.complete(dir.resolve("run"), "ring8", 50);
        Files.writeString(run.resolve("checkpoint.zip"), "not a zip");

        String html = report(run);

        assertTrue(html.contains("<p class=\"missing\">checkpoint.zip: not a checkpoint"), html);
        assertEquals(3, count(html, "src=\"data:image/"));
    }

    @Test
    void aLongRunsReportStaysAsSmallAsAShortOnes() throws Exception {
        String shortRun = report(RunFolderFixture.complete(dir.resolve("short"), "ring8", 4_000));
        String longRun = report(RunFolderFixture.complete(dir.resolve("long"), "ring8", 100_000));

        assertTrue(longRun.length() < shortRun.length() * 1.2,
                "100k iterations: " + longRun.length() + " chars, 4k: " + shortRun.length());
    }

    @Test
    void theReportIsWrittenAtomicallyInUtf8() throws Exception {
        Path run = RunFolderFixture.complete(dir.resolve("run"), "ring8", 10);
        Path out = dir.resolve("report.html");

        HtmlReport.write(run, out);

        assertEquals(report(run), Files.readString(out, StandardCharsets.UTF_8));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("report.html", "run"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file left");
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
