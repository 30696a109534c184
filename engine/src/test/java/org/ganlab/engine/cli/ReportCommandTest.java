package org.ganlab.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ganlab.engine.checkpoint.ConfigJson;
import org.ganlab.engine.run.RunFolder;
import org.ganlab.engine.train.TrainingConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ganlab report}: a page for a run folder; one line and exit code 2 for bad input. */
class ReportCommandTest {

    @TempDir
    Path dir;
    private final CliRunner cli = new CliRunner();

    private int run(String... args) {
        return cli.run(args);
    }

    private Path runFolder() throws Exception {
        Path run = dir.resolve("run");
        Files.createDirectories(run);
        ConfigJson.write(TrainingConfig.defaults().withDataset("ring8").withModel("mlp2d"), run.resolve(RunFolder.CONFIG));
        Files.writeString(run.resolve(RunFolder.METRICS), RunFolder.METRICS_HEADER + "\n1,0,1.3,0.7,0.5,0.5,12.5\n");
        return run;
    }

    @Test
    void writesTheReportAndSaysWhere() throws Exception {
        Path report = dir.resolve("report.html");

        assertEquals(0, run("report", "--run", runFolder().toString(), "--out", report.toString()), cli.err());

        assertTrue(Files.readString(report).startsWith("<!DOCTYPE html>"));
        assertTrue(Files.readString(report).contains("<td>model</td><td>mlp2d</td>"));
        assertTrue(cli.out().matches("wrote " + java.util.regex.Pattern.quote(report.toString())
                + " \\([0-9.]+ KB\\) for .* in [0-9.]+ s\\R"), cli.out());
    }

    @Test
    void aFolderWithoutARunIsOneLineAndExitTwoAndLeavesAnOldReport() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("holiday-photos"));
        Path report = Files.writeString(dir.resolve("report.html"), "<!DOCTYPE html> the old report");

        assertEquals(2, run("report", "--run", empty.toString(), "--out", report.toString()));

        assertEquals("ganlab: --run: " + empty + " is not a run folder: it has no config.json, metrics.csv or checkpoint.zip",
                cli.err().strip());
        assertEquals("<!DOCTYPE html> the old report", Files.readString(report));
    }

    @Test
    void anExistingFileThatIsNotAReportIsNotOverwritten() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.html"), "my notes");

        assertEquals(2, run("report", "--run", runFolder().toString(), "--out", notes.toString()));

        assertEquals("ganlab: --out " + notes + ": exists and is not an HTML page; choose another name, so it is not overwritten",
                cli.err().strip());
        assertEquals("my notes", Files.readString(notes));
    }

    @Test
    void aMissingRunFolderIsNamed() {
        Path missing = dir.resolve("no-such-run");

        assertEquals(2, run("report", "--run", missing.toString(), "--out", dir.resolve("r.html").toString()));

        assertEquals("ganlab: --run: " + missing + " is not a folder", cli.err().strip());
    }

    @Test
    void anOutputThatIsAFolderIsRefused() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("reports"));

        assertEquals(2, run("report", "--run", runFolder().toString(), "--out", folder.toString()));

        assertEquals("ganlab: --out " + folder + ": is a folder; name a file in it, e.g. "
                + folder.resolve("report.html"), cli.err().strip());
    }

    @Test
    void anOutputThatCannotBeWrittenIsNamed() throws Exception {
        // a regular file where the output's folder should be: no user, root included, can write there
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "x");
        Path report = notAFolder.resolve("report.html");

        assertEquals(2, run("report", "--run", runFolder().toString(), "--out", report.toString()));

        assertEquals("ganlab: --out " + report + ": cannot be created: " + notAFolder.toAbsolutePath()
                + " is a file, not a folder", cli.err().strip());
        assertEquals("x", Files.readString(notAFolder));
    }
}
