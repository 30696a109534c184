package org.ganlab.engine.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The samples part of a comparison page: a row per chosen iteration, a column per run, each cell
 * the run's snapshot nearest that iteration, captioned with the snapshot's own iteration. A
 * snapshot nearest several rows' iterations is read once and its data URI repeated in each.
 */
final class ComparisonSamples {

    private ComparisonSamples() {
    }

    static void append(StringBuilder h, RunComparison c, int rows) throws IOException {
        h.append("<h2>Samples at the same iterations</h2>\n");
        List<Long> iterations = c.sampleIterations(rows);
        if (iterations.isEmpty()) {
            h.append(Html.missing("No run has snapshots to show."));
            return;
        }
        h.append("<p class=\"sub\">Each run's snapshot nearest the iteration of the row.</p>\n")
                .append("<table class=\"samples\">\n<tr><th>Iteration</th>");
        for (int i = 0; i < c.runs().size(); i++) {
            h.append("<th>").append(HtmlComparison.name(c.runs().get(i), i)).append("</th>");
        }
        h.append("</tr>\n");
        Map<Path, String> uris = new HashMap<>();
        for (long iteration : iterations) {
            h.append("<tr><th>").append(iteration).append("</th>");
            for (RunComparison.Run r : c.runs()) {
                h.append("<td>").append(cell(r.snapshotNear(iteration), uris)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static String cell(Path snapshot, Map<Path, String> uris) throws IOException {
        if (snapshot == null) {
            return "<span class=\"missing\">no snapshot</span>";
        }
        String uri = uris.get(snapshot);
        if (uri == null) {
            BufferedImage image = readable(snapshot);
            if (image == null) {
                return "<span class=\"missing\">" + Html.escape(snapshot.getFileName() + " is not a readable PNG") + "</span>";
            }
            uri = Html.dataUri(snapshot);
            uris.put(snapshot, uri);
        }
        String caption = "it " + HtmlComparison.iteration(snapshot);
        return "<img src=\"" + uri + "\" alt=\"" + caption + "\"><br>" + caption;
    }

    private static BufferedImage readable(Path png) {
        try {
            return ImageIO.read(png.toFile());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
