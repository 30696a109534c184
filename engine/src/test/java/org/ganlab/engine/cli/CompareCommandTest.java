package org.ganlab.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ganlab.engine.checkpoint.ConfigJson;
import org.ganlab.engine.run.RunFolder;
import org.ganlab.engine.train.TrainingConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ganlab compare}: one page for 2 to 6 runs; one line naming the problem and exit code 2 for bad input. */
class CompareCommandTest {

    @TempDir
    Path dir;
    private final CliRunner cli = new CliRunner();

    private Path run(String name, int batch) throws Exception {
        Path run = Files.createDirectories(dir.resolve(name));
        ConfigJson.write(TrainingConfig.defaults().withDataset("ring8").withModel("mlp2d").withBatchSize(batch),
                run.resolve(RunFolder.CONFIG));
        Files.writeString(run.resolve(RunFolder.METRICS), RunFolder.METRICS_HEADER
                + "\n1,0,1.3,0.7,0.5,0.5,12.5\n2,0,1.2,0.8,0.6,0.4,12.5\n");
        return run;
    }

    @Test
    void writesTheComparisonAndSaysWhere() throws Exception {
        Path page = dir.resolve("compare.html");

        assertEquals(0, cli.run("compare", run("a", 32).toString(), run("b", 64).toString(), "--out", page.toString()),
                cli.err());

        String html = Files.readString(page);
        assertTrue(html.contains("<td>batchSize</td><td>32</td><td>64</td>"), "the differing setting, one column per run");
        assertTrue(cli.out().startsWith("wrote " + page + " ("), cli.out());
        assertTrue(cli.out().contains("comparing 2 runs"), cli.out());

        assertEquals(0, cli.run("compare", dir.resolve("a").toString(), dir.resolve("b").toString(), "--out", page.toString()),
                "an earlier comparison is replaced: " + cli.err());
    }

    @Test
    void oneRunIsTooFew() throws Exception {
        Path a = run("a", 32);

        assertEquals(2, cli.run("compare", a.toString(), "--out", dir.resolve("c.html").toString()));

        assertEquals("ganlab: compare 2 to 6 run folders, not 1: " + a, cli.err().strip());
    }

    @Test
    void aFolderThatIsNoRunIsNamedAndNothingIsWritten() throws Exception {
        Path photos = Files.createDirectories(dir.resolve("holiday-photos"));
        Path page = dir.resolve("c.html");

        assertEquals(2, cli.run("compare", run("a", 32).toString(), photos.toString(), "--out", page.toString()));

        assertEquals("ganlab: " + photos + " is not a run folder: it has no config.json, metrics.csv or checkpoint.zip",
                cli.err().strip());
        assertFalse(Files.exists(page));
    }

    @Test
    void theSameRunTwiceIsRefused() throws Exception {
        Path a = run("a", 32);

        assertEquals(2, cli.run("compare", a.toString(), a.toString(), "--out", dir.resolve("c.html").toString()));

        assertEquals("ganlab: " + a + " is the same run as " + a + ": name each run once", cli.err().strip());
    }

    @Test
    void anotherFileAtOutIsNotOverwritten() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.html"), "my notes");

        assertEquals(2, cli.run("compare", run("a", 32).toString(), run("b", 64).toString(), "--out", notes.toString()));

        assertEquals("ganlab: --out " + notes + ": exists and is not a page ganlab compare wrote;"
                + " choose another name, so it is not overwritten", cli.err().strip());
        assertEquals("my notes", Files.readString(notes));
    }

    @Test
    void anOutInAFolderThatCannotBeCreatedIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        Path out = file.resolve("compare.html");

        assertEquals(2, cli.run("compare", run("a", 32).toString(), run("b", 64).toString(), "--out", out.toString()));

        assertEquals("ganlab: --out " + out + ": cannot be created: " + file + " is a file, not a folder", cli.err().strip());
    }
}
