package org.ganlab.engine.report;

import static org.ganlab.engine.report.Html.escape;
import static org.ganlab.engine.report.Html.missing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ganlab.engine.diagnosis.Diagnosis;
import org.ganlab.engine.doctor.DiagnosisLog;

/** The report's "Training doctor" section: what the doctor found while the run trained, from diagnoses.jsonl. */
final class DiagnosisTable {

    private DiagnosisTable() {
    }

    static void append(StringBuilder h, Path runDir) {
        h.append("<h2>Training doctor</h2>\n");
        if (!Files.isRegularFile(runDir.resolve(DiagnosisLog.FILE))) {
            h.append(missing("No " + DiagnosisLog.FILE + " in this run folder (trained before the training doctor, "
                    + "or it found nothing): ganlab doctor --run " + runDir.getFileName() + " diagnoses it from its metrics."));
            return;
        }
        List<Diagnosis> found;
        try {
            found = DiagnosisLog.read(runDir);
        } catch (IOException e) {
            h.append(missing(DiagnosisLog.FILE + " could not be read: " + e.getMessage()));
            return;
        }
        if (found.isEmpty()) {
            h.append("<p>The doctor found nothing wrong in this run.</p>\n");
            return;
        }
        h.append("<table>\n<tr><th>iterations</th><th>diagnosis</th><th>evidence</th><th>advice</th></tr>\n");
        for (Diagnosis d : found) {
            String span = String.format(Locale.ROOT, "%,d – %s", d.startIteration(),
                    d.ongoing() ? "the end" : String.format(Locale.ROOT, "%,d", d.endIteration()));
            h.append("<tr><td>").append(escape(span)).append("</td><td><b>").append(escape(d.kind().title()))
                    .append("</b> (").append(escape(d.severity().name().toLowerCase(Locale.ROOT))).append(")<br>")
                    .append(escape(d.kind().explanation())).append("</td><td>").append(escape(d.summary()))
                    .append("</td><td>").append(escape(d.advice())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }
}
