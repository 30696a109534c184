package org.ganlab.engine.report;

import static org.ganlab.engine.report.Html.escape;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.ganlab.engine.export.AtomicFiles;
import org.ganlab.engine.run.MetricsFile;
import org.ganlab.engine.run.RunFolder;

/**
 * Writes a {@link RunComparison} as one self-contained HTML page, like {@link HtmlReport}: the
 * runs with their colours, the settings that differ (those shared folded in a
 * {@code <details>}), every chart against the iteration beside the same chart against the
 * training time, and the runs' samples side by side at the same iterations. No script, nothing
 * fetched; every value from the folders is escaped.
 */
public final class HtmlComparison {

    /** The page's {@code generator}: how {@code ganlab compare} knows a page it may replace. */
    public static final String GENERATOR = "<meta name=\"generator\" content=\"ganlab compare\">";
    /** Rows of samples: iterations every run is shown at. */
    public static final int SAMPLE_ROWS = 5;
    private static final int CHART_WIDTH = 600;
    private static final int CHART_HEIGHT = 300;
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#1f2328;background:#fff;
            max-width:1240px;margin:24px auto;padding:0 16px;line-height:1.4}
            h1{font-size:24px;margin-bottom:4px}h2{font-size:18px;margin-top:28px;border-bottom:1px solid #d0d7de}
            table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #d0d7de;padding:3px 8px;text-align:left}
            th{background:#f6f8fa}.missing{color:#9a6700;font-style:italic}.sub{color:#59636e;margin-top:0}
            .swatch{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:6px;vertical-align:-1px}
            .charts{display:grid;grid-template-columns:1fr 1fr;gap:8px}.charts svg{width:100%;height:auto}
            .samples{width:100%;table-layout:fixed}.samples td{vertical-align:top;text-align:center}
            .samples img{width:100%;max-width:260px;image-rendering:pixelated;border:1px solid #d0d7de}
            .samples th{text-align:center}.samples th:first-child{width:80px}details{margin-top:8px}summary{cursor:pointer}""";

    private HtmlComparison() {
    }

    /** Reads the folders and writes their comparison to {@code out} atomically. */
    public static void write(List<Path> runDirs, Path out) throws IOException {
        byte[] html = render(RunComparison.read(runDirs)).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(out, stream -> stream.write(html));
    }

    /** The whole page. */
    public static String render(RunComparison c) throws IOException {
        StringBuilder h = new StringBuilder(1 << 18);
        String title = "Comparison of " + c.runs().size() + " runs";
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n").append(GENERATOR)
                .append("\n<title>").append(title).append("</title>\n<style>").append(STYLE)
                .append("</style></head>\n<body>\n<h1>").append(title).append("</h1>\n");
        runs(h, c);
        settings(h, c.config(), c.runs());
        charts(h, c);
        ComparisonSamples.append(h, c, SAMPLE_ROWS);
        h.append("<p class=\"sub\">Written by GAN Lab FX (ganlab compare).</p>\n</body></html>\n");
        return h.toString();
    }

    private static void runs(StringBuilder h, RunComparison c) {
        h.append("<h2>Runs</h2>\n<table>\n<tr><th>Run</th><th>Folder</th><th>Iterations</th>")
                .append("<th>Training time</th><th>Last D loss</th><th>Last G loss</th></tr>\n");
        for (int i = 0; i < c.runs().size(); i++) {
            RunComparison.Run r = c.runs().get(i);
            MetricsFile m = r.metrics();
            int last = m.rows() - 1;
            h.append("<tr><td>").append(name(r, i)).append("</td><td>")
                    .append(escape(r.dir().toAbsolutePath().normalize().toString())).append("</td><td>")
                    .append(m.lastIteration()).append("</td><td>")
                    .append(Html.duration(Duration.ofMillis(Math.round(m.sum(MetricsFile.MILLIS))))).append("</td><td>")
                    .append(last < 0 ? "" : format(m.value(MetricsFile.D_LOSS, last))).append("</td><td>")
                    .append(last < 0 ? "" : format(m.value(MetricsFile.G_LOSS, last))).append("</td></tr>\n");
        }
        h.append("</table>\n");
        for (RunComparison.Run r : c.runs()) {
            for (String problem : r.problems()) {
                h.append(Html.missing(r.name() + ": " + problem));
            }
        }
    }

    private static void settings(StringBuilder h, ConfigDiff diff, List<RunComparison.Run> runs) {
        h.append("<h2>Settings that differ</h2>\n");
        if (diff.differing().isEmpty()) {
            h.append("<p>None: every run has the same settings.</p>\n");
        } else {
            h.append("<table>\n<tr><th>Setting</th>");
            for (int i = 0; i < runs.size(); i++) {
                h.append("<th>").append(name(runs.get(i), i)).append("</th>");
            }
            h.append("</tr>\n");
            for (ConfigDiff.Setting s : diff.differing()) {
                h.append("<tr><td>").append(escape(s.key())).append("</td>");
                s.values().forEach(v -> h.append("<td>").append(escape(v)).append("</td>"));
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<details><summary>Settings all runs share (").append(diff.shared().size())
                .append(")</summary>\n<table>\n<tr><th>Setting</th><th>Value</th></tr>\n");
        for (ConfigDiff.Setting s : diff.shared()) {
            h.append("<tr><td>").append(escape(s.key())).append("</td><td>").append(escape(s.values().get(0)))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n</details>\n");
    }

    private static void charts(StringBuilder h, RunComparison c) {
        h.append("<h2>Curves</h2>\n<p class=\"sub\">Left against the iteration, right against the training time")
                .append(" (the sum of the step times: pauses do not count). Losses and D outputs smoothed as in the app.</p>\n");
        List<ComparisonCharts.Kind> kinds = ComparisonCharts.kinds(c);
        if (kinds.isEmpty()) {
            h.append(Html.missing("No run has metrics to draw."));
            return;
        }
        h.append("<div class=\"charts\">\n");
        for (ComparisonCharts.Kind kind : kinds) {
            for (ComparisonCharts.XAxis axis : ComparisonCharts.XAxis.values()) {
                h.append(ComparisonCharts.svg(c, kind, axis, CHART_WIDTH, CHART_HEIGHT)).append('\n');
            }
        }
        h.append("</div>\n");
        if (!c.anyHas(MetricsFile.FID)) {
            h.append(Html.missing("No quality metrics in these runs (train with --metrics-every to record them)."));
        }
    }

    /** The run's name after a swatch of its colour. */
    static String name(RunComparison.Run r, int index) {
        Color color = ChartStyle.PRINT.run(index);
        return String.format(Locale.ROOT, "<span class=\"swatch\" style=\"background:#%06x\"></span>", color.getRGB() & 0xffffff)
                + escape(r.name());
    }

    private static String format(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "";
    }

    /** Iteration of a snapshot file, for captions. */
    static long iteration(Path snapshot) {
        return RunFolder.iterationOf(snapshot);
    }
}
