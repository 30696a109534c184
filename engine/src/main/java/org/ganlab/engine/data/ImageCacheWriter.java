package org.ganlab.engine.data;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.ganlab.engine.data.ImageFolderReport.SkippedImage;
import org.ganlab.engine.data.SquareImages.Square;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an {@link ImageFolderCache} file image by image, so a folder of any size is decoded with
 * only a few images in memory. Images arrive as RGB; whether the set is grey is known only at the
 * end, so a grey set is then compacted in place to its first plane. The file is written under a
 * temporary name and renamed when complete: a reader never sees half a cache.
 *
 * <p>Call order: {@link #open}, {@link #append} per kept image, {@link #finish} once, then
 * {@link #close} (which, without {@code finish}, deletes the partial file).
 */
final class ImageCacheWriter implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(ImageCacheWriter.class);

    private final Path temp;
    private final Path target;
    private final int size;
    private final FileChannel channel;
    private final BufferedOutputStream out;
    private int count;
    private boolean grey = true;
    private boolean finished;

    private ImageCacheWriter(Path temp, Path target, int size) throws IOException {
        this.temp = temp;
        this.target = target;
        this.size = size;
        this.channel = FileChannel.open(temp, StandardOpenOption.READ, StandardOpenOption.WRITE);
        channel.position(ImageFolderCache.HEADER);
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    /**
     * A writer whose file becomes {@code target}; when the cache folder cannot be written, the
     * images go to a temporary file deleted when the program exits, so loading still works.
     */
    static ImageCacheWriter open(Path target, int size) throws IOException {
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
            return new ImageCacheWriter(temp, target, size);
        } catch (IOException e) {
            LOG.warn("Cannot write the image cache {} ({}); keeping the decoded images in a temporary file",
                    target, e.getMessage());
            Path temp = Files.createTempFile("ganlab-images-", ".bin");
            temp.toFile().deleteOnExit();
            return new ImageCacheWriter(temp, temp, size);
        }
    }

    /** Adds one image, planar RGB of {@code size × size}. */
    void append(Square square) throws IOException {
        out.write(square.rgb(), 0, 3 * size * size);
        grey &= square.grey();
        count++;
    }

    /** Images appended so far. */
    int count() {
        return count;
    }

    /**
     * Completes the file: compacts a grey set, writes the report and the header, syncs and renames.
     *
     * @return the finished file, to be mapped: the target, or the temporary file if renaming failed
     */
    Path finish(List<SkippedImage> skipped, int ignored) throws IOException {
        out.flush();
        int channels = grey ? 1 : 3;
        if (grey) {
            keepFirstPlanes();
        }
        long end = ImageFolderCache.HEADER + (long) count * channels * size * size;
        channel.truncate(end);
        writeReport(end, skipped, ignored);
        writeHeader(channels);
        channel.force(true);
        channel.close();
        finished = true;
        return rename();
    }

    /** Moves image i's first (grey) plane from {@code i × 3 planes} to {@code i × 1 plane}. */
    private void keepFirstPlanes() throws IOException {
        int plane = size * size;
        ByteBuffer buffer = ByteBuffer.allocate(plane);
        for (int i = 1; i < count; i++) {
            buffer.clear();
            readFully(buffer, ImageFolderCache.HEADER + 3L * i * plane);
            buffer.flip();
            writeFully(buffer, ImageFolderCache.HEADER + (long) i * plane);
        }
    }

    private void writeReport(long end, List<SkippedImage> skipped, int ignored) throws IOException {
        channel.position(end);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
        data.writeInt(skipped.size());
        for (SkippedImage s : skipped) {
            data.writeUTF(shortened(s.file()));
            data.writeUTF(shortened(s.reason()));
        }
        data.writeInt(ignored);
        data.flush();
    }

    /** writeUTF holds at most 65,535 bytes; an exception's message can be longer. */
    private static String shortened(String text) {
        return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "...";
    }

    /** Written last, so a file cut short by a crash never carries a valid header. */
    private void writeHeader(int channels) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(ImageFolderCache.HEADER);
        header.putInt(ImageFolderCache.MAGIC).putInt(ImageFolderCache.VERSION)
                .putInt(count).putInt(channels).putInt(size);
        header.clear();
        writeFully(header, 0);
    }

    private Path rename() {
        if (temp.equals(target)) {
            return temp;
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            // E.g. Windows refuses to replace a file another load still has mapped: use ours.
            LOG.warn("Could not rename {} to {} ({}); using it for this session only", temp, target, e.getMessage());
            temp.toFile().deleteOnExit();
            return temp;
        }
    }

    private void readFully(ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException(temp + " ended early at " + (position + buffer.position()));
            }
        }
    }

    private void writeFully(ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer, position + buffer.position());
        }
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            channel.close();
            Files.deleteIfExists(temp);
        }
    }
}
