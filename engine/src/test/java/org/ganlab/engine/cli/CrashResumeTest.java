package org.ganlab.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.ganlab.engine.checkpoint.CheckpointFile;
import org.ganlab.engine.checkpoint.FreezePoint;
import org.ganlab.engine.run.MetricsFile;
import org.ganlab.engine.run.RunFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is lost on a crash: a real {@code ganlab train} process is killed (like {@code kill -9})
 * mid-epoch and mid-checkpoint-write, continued with {@code --resume}, and its metrics must then
 * equal those of a run that was never interrupted.
 */
class CrashResumeTest {

    private static final int SNAPSHOT_EVERY = 25;
    /** 200 iterations of a tiny 2-D GAN (one epoch is 1,000), a checkpoint every ~0.1 s in the killed runs. */
    private static final List<String> TRAIN = List.of("train", "--dataset", "ring8", "--model", "mlp2d",
            "--hidden", "16", "--latent", "4", "--batch", "32", "--iterations", "200", "--snapshot-every", String.valueOf(SNAPSHOT_EVERY));
    private static final String OFTEN = "0.002";

    @TempDir
    static Path shared;
    private static List<String> uninterrupted;

    @TempDir
    Path dir;

    @BeforeAll
    static void trainWithoutInterruption() throws IOException {
        Path runDir = shared.resolve("uninterrupted");
        assertEquals(0, cli(args(TRAIN, "--out", runDir.toString())));
        uninterrupted = metricsWithoutTimes(runDir);
        assertEquals(201, uninterrupted.size(), "a header and 200 rows");
    }

    @Test
    void aRunKilledMidEpochContinuesExactly() throws Exception {
        Path runDir = dir.resolve("run");
        Process child = start(List.of(), args(TRAIN, "--out", runDir.toString(), "--checkpoint-minutes", OFTEN));
        collect(child);
        try {
            awaitOrFail(child, () -> hasCheckpoint(runDir) && hasRow(runDir, 100));
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        long saved = CheckpointFile.read(runDir.resolve(CheckpointFile.FILE_NAME)).state().iteration();
        assertTrue(saved < 200, "killed before the end (checkpoint at " + saved + ")");

        assertEquals(0, cli(List.of("train", "--resume", runDir.toString())));

        assertEquals(uninterrupted, metricsWithoutTimes(runDir));
        assertSampleChangeResumed(runDir, saved);
    }

    @Test
    void aRunKilledWhileWritingACheckpointKeepsThePreviousOneAndContinuesExactly() throws Exception {
        Path runDir = dir.resolve("run");
        Process child = start(List.of("-D" + FreezePoint.PROPERTY + "=checkpoint-write:3"),
                args(TRAIN, "--out", runDir.toString(), "--checkpoint-minutes", OFTEN));
        List<Path> halfWritten;
        try {
            StringBuffer output = collect(child);
            awaitOrFail(child, () -> output.indexOf(FreezePoint.FROZEN) >= 0);
            halfWritten = temporaryFiles(runDir);
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertEquals(1, halfWritten.size(), "the third checkpoint's temporary file: " + halfWritten);
        assertTrue(Files.size(halfWritten.get(0)) > 0, "killed with part of it on disk");
        long saved = CheckpointFile.read(runDir.resolve(CheckpointFile.FILE_NAME)).state().iteration();
        assertTrue(saved > 0 && saved < 200, "the second checkpoint is intact (iteration " + saved + ")");

        assertEquals(0, cli(List.of("train", "--resume", runDir.toString())));

        assertEquals(uninterrupted, metricsWithoutTimes(runDir));
        assertSampleChangeResumed(runDir, saved);
        assertEquals(List.of(), temporaryFiles(runDir), "the half-written file is cleaned up");
    }

    /** A {@code ganlab} JVM with the test JVM's class path and native-library flags. */
    private static Process start(List<String> jvmFlags, List<String> cliArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Xmn32m", "-cp", System.getProperty("java.class.path")));
        String extension = System.getProperty("org.bytedeco.javacpp.platform.extension");
        if (extension != null) {
            command.add("-Dorg.bytedeco.javacpp.platform.extension=" + extension);
        }
        command.addAll(jvmFlags);
        command.add(GanLabCli.class.getName());
        command.addAll(cliArgs);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** The child's output as it comes; also keeps its pipe from filling up. */
    private static StringBuffer collect(Process child) {
        StringBuffer output = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    output.append(line).append('\n');
                }
            } catch (IOException e) {
                // The process was killed.
            }
        });
        reader.setDaemon(true);
        reader.start();
        return output;
    }

    private static void awaitOrFail(Process child, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!condition.getAsBoolean()) {
            assertTrue(child.isAlive(), "the child ended before the kill, exit " + (child.isAlive() ? "" : child.exitValue()));
            assertTrue(System.nanoTime() < deadline, "the child did not get there within 180 s");
            Thread.sleep(20);
        }
    }

    private static boolean hasCheckpoint(Path runDir) {
        return Files.exists(runDir.resolve(CheckpointFile.FILE_NAME));
    }

    private static boolean hasRow(Path runDir, int iteration) {
        try {
            return Files.readString(runDir.resolve(RunFolder.METRICS)).contains("\n" + iteration + ",");
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> temporaryFiles(Path runDir) throws IOException {
        try (Stream<Path> files = Files.list(runDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".")
                    && f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    /**
     * Every metrics line without its "ms" column (the iteration's wall time, which no two runs
     * share) and its "sample_change" column, which {@link #assertSampleChangeResumed} checks.
     */
    private static List<String> metricsWithoutTimes(Path runDir) throws IOException {
        List<String> lines = Files.readAllLines(runDir.resolve(RunFolder.METRICS));
        List<String> header = List.of(lines.get(0).split(","));
        int ms = header.indexOf(MetricsFile.MILLIS);
        int change = header.indexOf(MetricsFile.SAMPLE_CHANGE);
        return lines.stream().map(line -> {
            String[] cells = line.split(",", -1);
            List<String> kept = new ArrayList<>();
            for (int c = 0; c < cells.length; c++) {
                if (c != ms && c != change) {
                    kept.add(cells[c]);
                }
            }
            return String.join(",", kept);
        }).toList();
    }

    /**
     * The doctor's sample change compares a snapshot with the one before it. After a resume the
     * first one is measured from the fixed-noise samples of the restored networks at the
     * checkpoint: the uninterrupted run's figure when the checkpoint fell on a snapshot, else a
     * shorter span's (finite, and no larger than a move between snapshots can be); every later
     * one matches the uninterrupted run's.
     */
    private static void assertSampleChangeResumed(Path runDir, long checkpoint) throws IOException {
        double[] straight = MetricsFile.read(shared.resolve("uninterrupted").resolve(RunFolder.METRICS)).column(MetricsFile.SAMPLE_CHANGE);
        MetricsFile resumed = MetricsFile.read(runDir.resolve(RunFolder.METRICS));
        double[] after = resumed.column(MetricsFile.SAMPLE_CHANGE);
        double[] iterations = resumed.column(MetricsFile.ITERATION);
        int firstAfter = -1;
        for (int r = 0; r < after.length; r++) {
            if (iterations[r] > checkpoint && !Double.isNaN(straight[r]) && firstAfter < 0) {
                firstAfter = r;
                if (checkpoint % SNAPSHOT_EVERY == 0) {
                    assertEquals(straight[r], after[r], 0.0, "sample change at the first snapshot after a checkpoint at a snapshot");
                } else {
                    assertTrue(after[r] > 0 && after[r] < 10, "sample change from the checkpoint at " + checkpoint + ": " + after[r]);
                }
            } else {
                assertEquals(straight[r], after[r], 0.0, "sample change at iteration " + iterations[r]);
            }
        }
        assertTrue(firstAfter > 0, "a snapshot after the checkpoint at " + checkpoint);
    }

    private static List<String> args(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }

    private static int cli(List<String> args) {
        CliRunner cli = new CliRunner();
        int code = cli.run(args.toArray(String[]::new));
        if (code != 0) {
            System.err.println(cli.out() + cli.err());
        }
        return code;
    }
}
