package org.ganlab.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.ganlab.engine.checkpoint.CheckpointFile;
import org.ganlab.engine.data.IdxImages;
import org.ganlab.engine.data.IdxReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ganlab.engine.run.RunFolder;

/** The {@code ganlab} command line: exit codes, one-line errors, and what it writes. */
class GanLabCliTest {

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    private int run(String... args) {
        return cli.run(args);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--lr-g -0.1          | --lr-g must be > 0",
            "--batch 0            | --batch must be > 0 (was 0)",
            "--model gpt          | unknown model 'gpt'; choose one of mlp, dcgan",
            "--dataset cifar      | unknown data set 'cifar'",
            "--loss wasserstein9  | unknown loss 'wasserstein9'",
            "--epochs many        | Invalid value for option '--epochs'"})
    void invalidArgumentsExitNonZeroWithOneLineSayingWhatIsWrong(String args, String message) {
        int code = run(("train --out " + dir.resolve("never") + " " + args).split(" +"));
        assertEquals(2, code);
        List<String> lines = cli.err().lines().toList();
        assertEquals(1, lines.size(), "one line: " + cli.err());
        assertTrue(lines.get(0).contains(message), lines.get(0));
        assertTrue(Files.notExists(dir.resolve("never")), "nothing was started");
    }

    @Test
    void trainThenGenerateIdxAndPng() throws Exception {
        Path runDir = dir.resolve("run");
        assertEquals(0, run("train", "--subset", "256", "--batch", "64", "--epochs", "1", "--out", runDir.toString()), cli.err());
        assertTrue(cli.out().contains("finished after 4 iterations"), cli.out());
        assertTrue(Files.exists(runDir.resolve(CheckpointFile.FILE_NAME)));

        Path idx = dir.resolve("samples-idx3-ubyte.gz");
        assertEquals(0, run("generate", "--run", runDir.toString(), "--count", "10", "--out", idx.toString()), cli.err());
        IdxImages images = IdxReader.readImages(idx);
        assertEquals(10, images.count());
        assertEquals(28, images.rows());

        Path png = dir.resolve("grid.png");
        assertEquals(0, run("generate", "--run", runDir.toString(), "--count", "16", "--out", png.toString()));
        assertTrue(ImageIO.read(png.toFile()).getWidth() > 4 * 28);
    }

    @Test
    void generateFromAFolderWithoutACheckpointSaysSo() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        assertEquals(1, run("generate", "--run", dir.resolve("empty").toString(), "--out", dir.resolve("x.png").toString()));
        assertTrue(cli.err().contains("no checkpoint"), cli.err());
    }

    @Test
    void aToyRunEndsWithItsModeCoverage() throws Exception {
        Path runDir = dir.resolve("toy");
        assertEquals(0, run("train", "--dataset", "ring8", "--model", "mlp2d", "--iterations", "200", "--batch", "128",
                "--out", runDir.toString()), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertTrue(lines.get(lines.size() - 1).matches("modes_covered=\\d/8 kl=[0-9.]+"), cli.out());
        assertTrue(ImageIO.read(lastSnapshot(runDir).toFile()).getWidth() == 256, "a scatter plot");
    }

    @Test
    void generateALabelNeedsAConditionalModel() throws Exception {
        Path runDir = dir.resolve("run");
        assertEquals(0, run("train", "--subset", "128", "--batch", "64", "--epochs", "1", "--out", runDir.toString()));
        assertEquals(2, run("generate", "--run", runDir.toString(), "--label", "3", "--out", dir.resolve("x.png").toString()));
        assertTrue(cli.err().contains("--label needs a conditional model"), cli.err());
    }

    @Test
    void benchPrintsOneParseableLine() {
        assertEquals(0, run("bench", "--model", "mlp", "--batch", "16", "--iters", "3", "--warmup", "1"), cli.err());
        List<String> lines = cli.out().lines().toList();
        assertTrue(lines.get(0).matches("ganlab mlp batch=16 ms_per_iter=[0-9.]+ ms_per_image=[0-9.]+ peak_rss_mb=\\d+ threads=\\d+"),
                cli.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\| mlp \\| 16 \\| [0-9.]+ \\| [0-9.]+ \\| – \\| – \\| – \\| ≤ 0\\.8× \\| – \\|")),
                "the summary row, without a peer: " + cli.out());
    }

    private static Path lastSnapshot(Path runDir) throws java.io.IOException {
        List<Path> snapshots = RunFolder.snapshots(runDir);
        return snapshots.get(snapshots.size() - 1);
    }
}
