package org.ganlab.engine.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganlab.engine.checkpoint.CheckpointFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad values for every command: exit code 2, one line naming the option, the value and the
 * problem, no stack trace, and nothing created or overwritten. In the arguments, FILE is an
 * existing text file, DIR an existing folder, RUN a folder holding a (fake) run, OUT a fresh path.
 */
class BadInputTest {

    @TempDir
    Path dir;
    private Path file;
    private Path folder;
    private Path runDir;
    private byte[] fileContent;
    private byte[] checkpointContent;

    private final CliRunner cli = new CliRunner();

    @BeforeEach
    void files() throws IOException {
        file = Files.writeString(dir.resolve("notes.txt"), "keep me");
        folder = Files.createDirectories(dir.resolve("folder"));
        runDir = Files.createDirectories(dir.resolve("run"));
        Files.writeString(runDir.resolve("config.json"), "{}");
        Files.write(runDir.resolve(CheckpointFile.FILE_NAME), new byte[] {'P', 'K', 3, 4, 9, 9});
        fileContent = Files.readAllBytes(file);
        checkpointContent = Files.readAllBytes(runDir.resolve(CheckpointFile.FILE_NAME));
    }

    private int run(String args) {
        String expanded = args.replace("FILE", file.toString()).replace("DIR", folder.toString())
                .replace("RUN", runDir.toString()).replace("OUT", dir.resolve("new").toString());
        return cli.run(expanded.split(" +"));
    }

    private void assertRefused(int code, String message) throws IOException {
        String expected = message.replace("FILE", file.toString()).replace("DIR", folder.toString())
                .replace("RUN", runDir.toString());
        assertEquals(2, code, cli.err());
        List<String> lines = cli.err().lines().toList();
        assertEquals(1, lines.size(), "one line, no stack trace: " + cli.err());
        assertTrue(lines.get(0).startsWith("ganlab: ") && lines.get(0).contains(expected), lines.get(0));
        assertTrue(Files.notExists(dir.resolve("new")), "nothing was created");
        assertArrayEquals(fileContent, Files.readAllBytes(file), "the existing file is untouched");
        assertArrayEquals(checkpointContent, Files.readAllBytes(runDir.resolve(CheckpointFile.FILE_NAME)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--batch 1000000000          | --batch must be <= 16384 (was 1000000000)",
            "--latent 100000000          | --latent must be <= 4096 (was 100000000)",
            "--lr-g NaN                  | --lr-g must be > 0 and <= 1 (was NaN)",
            "--lr-d Infinity             | --lr-d must be > 0 and <= 1 (was Infinity)",
            "--beta1-g -Infinity         | --beta1-g must be in [0, 1) (was -Infinity)",
            "--beta2-d -inf              | Invalid value for option '--beta2-d': '-inf' is not a double",
            "--label-smoothing NaN       | --label-smoothing must be in [0, 0.5) (was NaN)",
            "--clip Infinity             | --clip must be in [0, 10] (was Infinity)"})
    void hyperparametersOutOfRangeOrNotFiniteAreRefusedByName(String args, String message) throws IOException {
        assertRefused(run("train --out OUT " + args), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--out FILE                           | --out FILE: is a file; a run folder must be a folder",
            "--out FILE/sub                       | --out FILE/sub: cannot be created: FILE is a file, not a folder",
            "--out RUN                            | --out RUN: already holds a run: continue it with --resume RUN",
            "--out OUT --dataset points:DIR --model mlp2d | --dataset points:DIR: is a folder; points: needs a CSV file of x,y points",
            "--out OUT --dataset idx:FILE         | --dataset idx:FILE: FILE is a file; idx: needs a folder holding the four IDX files",
            "--out OUT --dataset images32:FILE    | --dataset images32:FILE: FILE is a file; images: needs a folder of PNG or JPEG images",
            "--out OUT --dataset idx:DIR/gone     | --dataset idx:DIR/gone: DIR/gone does not exist",
            "--resume FILE                        | --resume FILE: is a file, not a run folder",
            "--resume DIR/gone                    | --resume DIR/gone: does not exist"})
    void trainPathsThatCannotWorkAreRefusedBeforeAnythingStarts(String args, String message) throws IOException {
        assertRefused(run("train " + args), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--count 0 --out OUT.png                | --count must be > 0 (was 0)",
            "--count -3 --out OUT.gz                | --count must be > 0 (was -3)",
            "--count 100000000 --out OUT.png        | --count must be <= 4,096 in a PNG grid; write an IDX file (.gz) for more (was 100,000,000)",
            "--count 100000000 --out OUT.gz         | --count must be <= 600,000 in an IDX file (was 100,000,000)",
            "--out FILE                             | --out FILE: exists and is not an IDX file; choose another name, so it is not overwritten",
            "--out RUN/checkpoint.zip               | --out RUN/checkpoint.zip: exists and is not an IDX file",
            "--out FILE/sub/grid.png                | --out FILE/sub/grid.png: cannot be created: FILE is a file, not a folder",
            "--out DIR                              | --out DIR: is a folder; name a file in it, e.g. DIR/samples-idx3-ubyte.gz"})
    void generateRefusesBadCountsAndOutputsBeforeLoadingTheRun(String args, String message) throws IOException {
        assertRefused(run("generate --run RUN " + args), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "generate --run FILE --out OUT.png                | --run FILE: is a file, not a run folder",
            "metrics --samples DIR --dataset mnist            | --samples DIR: is a folder, not an IDX file of samples",
            "metrics --samples DIR/gone.gz --dataset mnist    | --samples DIR/gone.gz: does not exist",
            "metrics --run RUN --count 100000000              | --count must be <= 60,000 samples"})
    void otherCommandsNameTheirBadInputToo(String args, String message) throws IOException {
        assertRefused(run(args), message);
    }
}
