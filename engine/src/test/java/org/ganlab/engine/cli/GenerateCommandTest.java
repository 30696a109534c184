package org.ganlab.engine.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.ganlab.engine.data.IdxImages;
import org.ganlab.engine.data.IdxReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ganlab generate} writes large IDX files chunk by chunk, as if drawn at once. */
class GenerateCommandTest {

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void countsAboveOneChunkAreStreamedAndStartLikeASmallDraw() throws Exception {
        Path runDir = dir.resolve("run");
        assertEquals(0, run("train", "--subset", "128", "--batch", "64", "--epochs", "1", "--out", runDir.toString()), cli.err());
        Path small = dir.resolve("small.gz");
        Path large = dir.resolve("large.gz");

        assertEquals(0, run("generate", "--run", runDir.toString(), "--count", "7", "--out", small.toString()), cli.err());
        int count = 2 * GenerateCommand.CHUNK + 34;
        assertEquals(0, run("generate", "--run", runDir.toString(), "--count", String.valueOf(count), "--out", large.toString()), cli.err());
        assertEquals(0, run("generate", "--run", runDir.toString(), "--count", "7", "--out", small.toString()),
                "an IDX file written before is replaced: " + cli.err());

        IdxImages first = IdxReader.readImages(small);
        IdxImages all = IdxReader.readImages(large);
        assertEquals(count, all.count());
        assertArrayEquals(first.pixels(), Arrays.copyOf(all.pixels(), 7 * 784), "same seed, same first samples");

        Path grid = dir.resolve("grid.png");
        assertEquals(0, run("generate", "--run", runDir.toString(), "--count", String.valueOf(count), "--out", grid.toString()), cli.err());
        int columns = (int) Math.ceil(Math.sqrt(count));
        assertTrue(ImageIO.read(grid.toFile()).getHeight() >= (count / columns) * 28, "every chunk's rows are in the grid");
    }
}
