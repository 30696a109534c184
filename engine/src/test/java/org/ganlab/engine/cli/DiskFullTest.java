package org.ganlab.engine.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ganlab.engine.checkpoint.CheckpointFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during a run: on a real, small tmpfs, the next checkpoint does not fit.
 * The previous checkpoint must stay whole and the run must end with one line saying what happened.
 * Needs root to mount (as in the project's CI); skipped with the reason otherwise.
 */
class DiskFullTest {

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void aCheckpointThatDoesNotFitKeepsThePreviousOneAndEndsTheRunInOneLine() throws Exception {
        Path first = dir.resolve("first");
        assertEquals(0, run("train", "--dataset", "ring8", "--model", "mlp2d", "--hidden", "128", "--latent", "4",
                "--batch", "32", "--iterations", "30", "--snapshot-every", "1000", "--checkpoint-minutes", "0",
                "--out", first.toString()), cli.err());
        long checkpointSize = Files.size(first.resolve(CheckpointFile.FILE_NAME));
        // Room for the run as it is and half a checkpoint more: the next checkpoint's temporary file
        // cannot be written beside the one it would replace.
        long disk = folderSize(first) + checkpointSize / 2;

        Path mount = Files.createDirectories(dir.resolve("disk"));
        mountTmpfs(mount, disk);
        try {
            Path runDir = mount.resolve("run");
            copyFolder(first, runDir);
            Path checkpoint = runDir.resolve(CheckpointFile.FILE_NAME);
            byte[] before = Files.readAllBytes(checkpoint);
            cli.clear();

            assertEquals(1, run("train", "--resume", runDir.toString(), "--iterations", "40"));

            assertEquals(List.of("ganlab: Training stopped: could not write " + checkpoint + ": No space left on device."
                    + " The last good checkpoint (iteration 30) is kept in " + runDir), cli.err().lines().toList());
            assertArrayEquals(before, Files.readAllBytes(checkpoint), "the previous checkpoint is intact");
            assertEquals(30, CheckpointFile.read(checkpoint).state().iteration());
            try (Stream<Path> files = Files.list(runDir)) {
                assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList(),
                        "the failed write leaves no temporary file");
            }
        } finally {
            command("umount", mount.toString());
        }
    }

    private static void mountTmpfs(Path mount, long bytes) throws Exception {
        long kib = (bytes + 1023) / 1024;
        String result = command("mount", "-t", "tmpfs", "-o", "size=" + kib + "k", "tmpfs", mount.toString());
        Assumptions.assumeTrue(result.isEmpty(), "cannot mount a small tmpfs here (needs root): " + result);
    }

    /** Runs a command; returns "" on success, else its exit code and output. */
    private static String command(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int code = p.waitFor();
        return code == 0 ? "" : "exit " + code + ": " + output;
    }

    /** Bytes the folder's files take on a tmpfs, which gives each file whole 4 KiB pages. */
    private static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return (Files.size(f) + 4095) / 4096 * 4096;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
