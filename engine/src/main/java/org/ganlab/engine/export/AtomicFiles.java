package org.ganlab.engine.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that readers only ever see the old content or the complete new content, never
 * a half-written file, even if the process dies or the disk fills up mid-write.
 *
 * <p>How: the body writes a hidden temporary file in the target's directory (same file system, so
 * the rename is atomic), which is flushed to disk ({@code fsync}) and then renamed over the target.
 * On any failure the temporary file is deleted and an existing target is left untouched.
 */
public final class AtomicFiles {

    private static final int BUFFER = 1 << 16;
    private static final int NAME_ATTEMPTS = 8;

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} with what {@code body} writes to the stream it is given; creates
     * missing parent directories. The body may close the stream; closing only flushes it.
     *
     * @throws IOException naming the target, e.g. {@code "could not write /x/progress.gif: No space
     *                     left on device"}, with the original exception as cause. Unchecked
     *                     exceptions from the body are rethrown as they are, after the cleanup.
     */
    public static void write(Path target, IoConsumer<OutputStream> body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(absolute.getParent());
            if (Files.isDirectory(absolute)) {
                throw new IOException("it is a directory");
            }
            temp = createTemp(absolute);
            writeAndSync(temp, body);
            replace(temp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(temp, e);
            if (e instanceof IOException io) {
                throw new IOException("could not write " + absolute + ": " + describe(io), io);
            }
            throw e;
        }
    }

    /**
     * A new, empty, hidden file next to the target. Not {@code Files.createTempFile}: that makes the
     * file owner-only on POSIX, and the renamed target would keep those permissions.
     */
    private static Path createTemp(Path target) throws IOException {
        for (int attempt = 1; ; attempt++) {
            String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            Path temp = target.resolveSibling("." + target.getFileName() + "." + suffix + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == NAME_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void writeAndSync(Path temp, IoConsumer<OutputStream> body) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
            body.accept(new CloseShieldOutputStream(out));
            out.flush();
            channel.force(true);
        }
    }

    private static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        syncDirectory(target.getParent());
    }

    /** Makes the rename itself durable where the platform allows it (Linux, macOS; not Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Best effort: the content is already on disk; only the rename might be lost on power cut.
        }
    }

    private static void deleteQuietly(Path temp, Throwable failure) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** The cause in words; file-system exceptions without a reason carry only a path, so name them. */
    private static String describe(IOException e) {
        if (e.getMessage() == null) {
            return e.getClass().getSimpleName();
        }
        if (e instanceof FileSystemException fs && fs.getReason() == null) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        return e.getMessage();
    }

    /** Lets the body close "its" stream without closing the channel we still have to fsync. */
    private static final class CloseShieldOutputStream extends FilterOutputStream {

        CloseShieldOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
