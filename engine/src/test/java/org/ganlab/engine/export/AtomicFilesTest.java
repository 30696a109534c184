package org.ganlab.engine.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesNewFileCreatingParents() throws IOException {
        Path target = dir.resolve("a/b/progress.bin");

        AtomicFiles.write(target, out -> out.write(new byte[] {1, 2, 3}));

        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        assertEquals(List.of(target), filesUnder(dir));
    }

    @Test
    void replacesExistingFile() throws IOException {
        Path target = Files.write(dir.resolve("x.txt"), new byte[] {9, 9, 9, 9});

        AtomicFiles.write(target, out -> {
            out.write(7);
            out.close(); // a body that closes its stream, as wrapping streams do
        });

        assertArrayEquals(new byte[] {7}, Files.readAllBytes(target));
        assertEquals(List.of(target), filesUnder(dir));
    }

    @Test
    void failingBodyLeavesTargetAndNoTempFiles() throws IOException {
        byte[] old = {4, 5, 6};
        Path target = Files.write(dir.resolve("progress.gif"), old);

        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device");
        }));

        assertEquals("could not write " + target.toAbsolutePath() + ": No space left on device", e.getMessage());
        assertArrayEquals(old, Files.readAllBytes(target));
        assertEquals(List.of(target), filesUnder(dir));
    }

    @Test
    void uncheckedFailureIsRethrownAsIsAfterCleanup() throws IOException {
        Path target = dir.resolve("new.png");
        IllegalStateException boom = new IllegalStateException("boom");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> AtomicFiles.write(target, out -> {
                    throw boom;
                }));

        assertSame(boom, e);
        assertEquals(List.of(), filesUnder(dir));
    }

    @Test
    void targetThatIsADirectoryIsRefused() throws IOException {
        Path target = Files.createDirectory(dir.resolve("folder"));

        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> out.write(1)));

        assertTrue(e.getMessage().startsWith("could not write " + target.toAbsolutePath()), e.getMessage());
        assertTrue(Files.isDirectory(target));
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
