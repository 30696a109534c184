package org.ganlab.engine.report;

import org.ganlab.engine.run.MetricsFile;
import static org.ganlab.engine.report.Html.escape;
import static org.ganlab.engine.report.Html.missing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.ganlab.engine.checkpoint.Provenance;
import org.ganlab.engine.export.AtomicFiles;
import org.ganlab.engine.run.ConfigChange;
import org.ganlab.engine.run.RunFolder;

/**
 * Writes a {@link RunReport} as one self-contained HTML page: styles inline, charts as inline SVG,
 * images as {@code data:} URIs, no script and nothing fetched, so the file can be mailed, opened
 * offline or printed. Every value from the folder is HTML-escaped. Parts the folder lacks say so
 * in one line each.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#1f2328;background:#fff;
            max-width:1040px;margin:24px auto;padding:0 16px;line-height:1.4}
            h1{font-size:24px;margin-bottom:4px}h2{font-size:18px;margin-top:28px;border-bottom:1px solid #d0d7de}
            table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #d0d7de;padding:3px 8px;text-align:left}
            th{background:#f6f8fa}.missing{color:#9a6700;font-style:italic}.sub{color:#59636e;margin-top:0}
            .pair{display:flex;gap:24px;flex-wrap:wrap}.pair figure{margin:0}
            figcaption{font-size:13px;color:#59636e}img{image-rendering:pixelated;border:1px solid #d0d7de}
            .quality{display:flex;gap:8px;flex-wrap:wrap}""";

    private static final int CONFIG_COLUMNS = 3;

    private HtmlReport() {
    }

    /** Reads {@code runDir} and writes its report to {@code out} atomically. */
    public static void write(Path runDir, Path out) throws IOException {
        String html = render(RunReport.read(runDir));
        AtomicFiles.write(out, stream -> stream.write(html.getBytes(StandardCharsets.UTF_8)));
    }

    /** The whole page. */
    public static String render(RunReport r) throws IOException {
        StringBuilder h = new StringBuilder(1 << 16);
        String name = r.dir().toAbsolutePath().normalize().getFileName().toString();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Run report: ")
                .append(escape(name)).append("</title>\n<style>").append(STYLE).append("</style></head>\n<body>\n")
                .append("<h1>Run report: ").append(escape(name)).append("</h1>\n<p class=\"sub\">")
                .append(escape(r.dir().toAbsolutePath().normalize().toString())).append("</p>\n");
        summary(h, r);
        config(h, r);
        charts(h, r);
        quality(h, r);
        DiagnosisTable.append(h, r.dir());
        samples(h, r);
        gif(h, r);
        h.append("<p class=\"sub\">Written by GAN Lab FX (ganlab report).</p>\n</body></html>\n");
        return h.toString();
    }

    private static void summary(StringBuilder h, RunReport r) {
        h.append("<h2>Training</h2>\n<table>\n");
        if (r.metrics().present()) {
            MetricsFile m = r.metrics().value();
            Duration training = Duration.ofMillis(Math.round(m.sum(MetricsFile.MILLIS)));
            row(h, "Iterations", String.valueOf(m.lastIteration()));
            row(h, "Training time (sum of step times)", Html.duration(training));
            if (training.toMillis() > 0) {
                row(h, "Speed", String.format(Locale.ROOT, "%.1f iterations/s", m.rows() * 1000.0 / training.toMillis()));
            }
        }
        if (r.wallClock().present()) {
            row(h, "Wall clock (first file to last metrics write, pauses included)", Html.duration(r.wallClock().value()));
        }
        if (r.provenance().present()) {
            Provenance p = r.provenance().value();
            row(h, "Machine", p.os() + " · Java " + p.java());
            row(h, "Backend", p.backend() + " · ND4J " + p.nd4jVersion());
            row(h, "GAN Lab version", p.engineVersion());
            row(h, "Last checkpoint", p.created());
        }
        h.append("</table>\n");
        // a missing metrics.csv is said once, where the charts would be
        if (r.metrics().present() && !r.wallClock().present()) {
            h.append(missing(r.wallClock().missing()));
        }
        if (!r.provenance().present()) {
            h.append(missing(r.provenance().missing()));
        }
    }

    private static void config(StringBuilder h, RunReport r) {
        h.append("<h2>Configuration</h2>\n");
        if (!r.config().present()) {
            h.append(missing(r.config().missing()));
        } else {
            configTable(h, r.config().value());
        }
        h.append("<h3>Live changes</h3>\n");
        if (!r.changes().present()) {
            h.append(missing(r.changes().missing()));
        } else if (r.changes().value().isEmpty()) {
            h.append("<p>No live changes.</p>\n");
        } else {
            h.append("<table>\n<tr><th>After iteration</th><th>Setting</th><th>Old</th><th>New</th></tr>\n");
            for (ConfigChange c : r.changes().value()) {
                h.append("<tr><td>").append(c.iteration()).append("</td><td>").append(escape(c.field()))
                        .append("</td><td>").append(escape(ChangeLabels.number(c.oldValue()))).append("</td><td>")
                        .append(escape(ChangeLabels.number(c.newValue()))).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
    }

    /** config.json's settings, {@value #CONFIG_COLUMNS} to a row so the table reads without scrolling. */
    private static void configTable(StringBuilder h, Map<String, String> config) {
        h.append("<table>\n<tr>").append("<th>Setting</th><th>Value</th>".repeat(CONFIG_COLUMNS)).append("</tr>\n");
        List<Map.Entry<String, String>> entries = List.copyOf(config.entrySet());
        for (int i = 0; i < entries.size(); i += CONFIG_COLUMNS) {
            h.append("<tr>");
            for (int j = i; j < i + CONFIG_COLUMNS; j++) {
                boolean cell = j < entries.size();
                h.append("<td>").append(cell ? escape(entries.get(j).getKey()) : "").append("</td><td>")
                        .append(cell ? escape(ChangeLabels.number(entries.get(j).getValue())) : "").append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void charts(StringBuilder h, RunReport r) {
        h.append("<h2>Losses and discriminator outputs</h2>\n");
        if (!r.metrics().present()) {
            h.append(missing(r.metrics().missing()));
            return;
        }
        List<ChangeLabels.Marker> markers = r.changes().present() ? ChangeLabels.markers(r.changes().value()) : List.of();
        h.append("<p class=\"sub\">Faint: every iteration's value (its range, when there are more than ")
                .append(ChartSeries.MAX_POINTS).append("); bold: smoothed. Dashed lines: live changes.</p>\n")
                .append(ReportCharts.losses(r.metrics().value(), markers)).append('\n')
                .append(ReportCharts.outputs(r.metrics().value(), markers)).append('\n');
    }

    private static void quality(StringBuilder h, RunReport r) {
        h.append("<h2>Quality over time</h2>\n");
        MetricsFile m = r.metrics().present() ? r.metrics().value() : null;
        if (m == null || !m.hasValues(MetricsFile.FID)) {
            h.append(missing("No quality metrics in this run (train with --metrics-every to record them)."));
            return;
        }
        h.append("<div class=\"quality\">\n")
                .append(ReportCharts.quality(m, MetricsFile.FID, "Fréchet distance (lower is better)"))
                .append(ReportCharts.quality(m, MetricsFile.COVERAGE, "Classes covered (of 10)"))
                .append(ReportCharts.quality(m, MetricsFile.SCORE, "Classifier score (higher is better)"))
                .append("</div>\n");
    }

    private static void samples(StringBuilder h, RunReport r) throws IOException {
        h.append("<h2>Final samples and real images</h2>\n<div class=\"pair\">\n");
        if (r.snapshots().present()) {
            List<Path> all = r.snapshots().value();
            Path last = all.get(all.size() - 1);
            int width = widthOf(last);
            if (width > 0) {
                figure(h, Html.dataUri(last), width, "Generated: " + last.getFileName());
            } else {
                h.append(missing(last.getFileName() + " is not a readable PNG."));
            }
        } else {
            h.append(missing(r.snapshots().missing()));
        }
        if (r.realImages().present()) {
            BufferedImage real = r.realImages().value();
            figure(h, Html.dataUri(real), real.getWidth(), "Real: " + r.config().value().get("dataset"));
        } else {
            h.append(missing(r.realImages().missing()));
        }
        h.append("</div>\n");
    }

    private static void gif(StringBuilder h, RunReport r) throws IOException {
        h.append("<h2>Training progress</h2>\n");
        if (r.snapshots().present()) {
            List<Path> snapshots = r.snapshots().value();
            int width = widthOf(snapshots.get(0));
            try {
                String uri = Html.dataUri(ReportGif.of(snapshots), "image/gif");
                int shown = ReportGif.frames(snapshots, ReportGif.MAX_FRAMES).size();
                h.append("<p class=\"sub\">").append(shown).append(" of ").append(snapshots.size())
                        .append(" snapshots, one frame each.</p>\n")
                        .append(Html.img(uri, width, width < 300 ? 2 : 1, "training progress")).append('\n');
                return;
            } catch (IOException e) {
                h.append(missing("No animation of the snapshots: " + e.getMessage()));
            }
        }
        runGif(h, r);
    }

    /** The run's own progress.gif, for a folder whose snapshots are gone or cannot be animated. */
    private static void runGif(StringBuilder h, RunReport r) throws IOException {
        if (!r.gif().present()) {
            h.append(missing(r.gif().missing()));
            return;
        }
        Path gif = r.gif().value();
        int width = widthOf(gif);
        if (width <= 0) {
            h.append(missing(RunFolder.GIF + " is not a readable GIF."));
            return;
        }
        h.append("<p class=\"sub\">").append(RunFolder.GIF).append(": one frame per snapshot.</p>\n")
                .append(Html.img(Html.dataUri(gif), width, 1, "training progress")).append('\n');
    }

    private static void figure(StringBuilder h, String uri, int width, String caption) {
        int scale = width < 300 ? 2 : 1;
        h.append("<figure>").append(Html.img(uri, width, scale, caption)).append("<figcaption>")
                .append(escape(caption)).append("</figcaption></figure>\n");
    }

    /** The image's width in pixels; 0 when it cannot be decoded (a damaged file is reported, not fatal). */
    private static int widthOf(Path image) {
        try {
            BufferedImage read = ImageIO.read(image.toFile());
            return read == null ? 0 : read.getWidth();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static void row(StringBuilder h, String key, String value) {
        h.append("<tr><td>").append(escape(key)).append("</td><td>").append(escape(value)).append("</td></tr>\n");
    }
}
