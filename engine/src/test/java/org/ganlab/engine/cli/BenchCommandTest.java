package org.ganlab.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code ganlab bench}: bad options are refused in one line before any work; a tiny run's output. */
class BenchCommandTest {

    private static final String OURS = "ganlab mlp batch=16 ms_per_iter=[0-9.]+ ms_per_image=[0-9.]+ peak_rss_mb=\\d+ threads=\\d+";

    @TempDir
    Path dir;
    private final CliRunner cli = new CliRunner();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--batch 0                 | --batch must be > 0 (was 0)",
            "--batch 20000             | --batch must be <= 16,384 (the largest batch) (was 20,000)",
            "--rounds 0                | --rounds must be > 0 (was 0)",
            "--iters 0                 | --iters must be > 0 (was 0)",
            "--warmup -1               | --warmup must be >= 0 (was -1)",
            "--threads -1              | --threads must be >= 0 (was -1; 0 tries 1 and the model's own)",
            "--model cgan              | --model must be mlp, dcgan or all (was cgan)",
            "--doctor --warmup 0       | --doctor needs --warmup >= 1 (was 0)",
            "--gemm --doctor           | --gemm measures GEMMs only; run it without --peer and --doctor",
            "--peer DIR/missing.py     | --peer DIR/missing.py: does not exist",
            "--peer DIR                | --peer DIR: is a folder, not a Python script",
    })
    void badOptionsAreRefusedInOneLine(String args, String message) {
        String expanded = args.strip().replace("DIR", dir.toString());
        int code = cli.run(("bench " + expanded).split(" +"));
        assertEquals(2, code, cli.err());
        List<String> lines = cli.err().lines().toList();
        assertEquals(1, lines.size(), "one line, no stack trace: " + cli.err());
        assertTrue(lines.get(0).startsWith("ganlab: ") && lines.get(0).contains(message.strip().replace("DIR", dir.toString())),
                lines.get(0));
        assertEquals("", cli.out(), "nothing ran");
    }

    @Test
    void eachRoundIsFollowedByThePeerAndTheSummaryHasEveryPairsRatio() throws IOException {
        // a stand-in for torch_peer.py, run by /bin/sh: a fixed time, and the arguments it was given
        Path peer = Files.writeString(dir.resolve("peer.sh"), "echo \"args: $*\"\necho 'torch mlp batch=16 ms_per_iter=5.00 threads=1'\n");
        assertEquals(0, cli.run("bench", "--model", "mlp", "--batch", "16", "--iters", "3", "--warmup", "1",
                "--rounds", "2", "--doctor", "--peer", peer.toString(), "--python", "/bin/sh"), cli.err());
        List<String> lines = cli.out().lines().toList();
        String doctored = OURS + " doctor_ms_per_iter=[0-9.]+ doctor_pct=[0-9.]+";
        for (int round = 0; round < 2; round++) {
            assertTrue(lines.get(3 * round).matches(doctored), lines.get(3 * round));
            assertEquals("torch mlp batch=16 ms_per_iter=5.00 threads=1", lines.get(3 * round + 1));
            assertTrue(lines.get(3 * round + 2).matches("ratio mlp batch=16 ganlab/torch=[0-9.]+"), lines.get(3 * round + 2));
        }
        String row = lines.stream().filter(l -> l.startsWith("| mlp | 16 |")).findFirst().orElseThrow();
        assertTrue(row.matches("\\| mlp \\| 16 \\| [0-9.]+ / [0-9.]+ \\| [0-9.]+ \\| 5\\.00 / 5\\.00 \\| [0-9.]+× / [0-9.]+× "
                + "\\| [0-9.]+× \\| ≤ 0\\.8× \\| (yes|no) \\|"), row);
    }

    @Test
    void aGivenThreadCountIsTheOneTimed() {
        assertEquals(0, cli.run("bench", "--model", "mlp", "--batch", "16", "--iters", "2", "--warmup", "1", "--threads", "1"),
                cli.err());
        String line = cli.out().lines().findFirst().orElseThrow();
        assertTrue(line.matches(OURS) && line.endsWith(" threads=1"), line);
    }

    @Test
    void aPeerWithoutAResultLineIsNamedWithItsLastWords() throws IOException {
        Path peer = Files.writeString(dir.resolve("broken.sh"), "echo 'ModuleNotFoundError: No module named torch'\nexit 1\n");
        assertEquals(1, cli.run("bench", "--model", "mlp", "--batch", "16", "--iters", "2", "--warmup", "1",
                "--peer", peer.toString(), "--python", "/bin/sh"));
        assertTrue(cli.err().contains("printed no result (exit 1, last line: ModuleNotFoundError: No module named torch)"),
                cli.err());
    }
}
