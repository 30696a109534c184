package org.ganlab.engine.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.ganlab.engine.data.IdxImages;
import org.ganlab.engine.data.IdxReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ganlab generate} writes large IDX files chunk by chunk, as if drawn at once. */
class GenerateCommandTest {

    @TempDir
    Path dir;
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = GanLabCli.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void countsAboveOneChunkAreStreamedAndStartLikeASmallDraw() throws Exception {
        Path runDir = dir.resolve("run");
        assertEquals(0, run("train", "--subset", "128", "--batch", "64", "--epochs", "1", "--out", runDir.toString()), err.toString());
        Path small = dir.resolve("small.gz");
        Path large = dir.resolve("large.gz");

        assertEquals(0, run("generate", "--run", runDir.toString(), "--count", "7", "--out", small.toString()), err.toString());
        int count = 2 * GenerateCommand.CHUNK + 34;
        assertEquals(0, run("generate", "--run", runDir.toString(), "--count", String.valueOf(count), "--out", large.toString()), err.toString());
        assertEquals(0, run("generate", "--run", runDir.toString(), "--count", "7", "--out", small.toString()),
                "an IDX file written before is replaced: " + err);

        IdxImages first = IdxReader.readImages(small);
        IdxImages all = IdxReader.readImages(large);
        assertEquals(count, all.count());
        assertArrayEquals(first.pixels(), Arrays.copyOf(all.pixels(), 7 * 784), "same seed, same first samples");

        Path grid = dir.resolve("grid.png");
        assertEquals(0, run("generate", "--run", runDir.toString(), "--count", String.valueOf(count), "--out", grid.toString()), err.toString());
        int columns = (int) Math.ceil(Math.sqrt(count));
        assertTrue(ImageIO.read(grid.toFile()).getHeight() >= (count / columns) * 28, "every chunk's rows are in the grid");
    }
}
