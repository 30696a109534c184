package org.ganlab.engine.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.ganlab.engine.data.ImageFolderReport.SkippedImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decoded images of one folder at one size, in {@code <cache>/images/<key>.bin}. The key is a
 * SHA-256 of the folder's path, the size, and every image file's path, length and modification
 * time: adding, removing or editing a file changes the key, so a stale cache is never read.
 *
 * <p>Format (uncompressed, so the pixels can be memory-mapped whatever their number, see
 * {@link MappedPixels}): a {@value #HEADER}-byte header (magic, version, count, channels, size,
 * zero padding), the {@code count × channels × size × size} NCHW uint8 pixels, then the report's
 * skipped files (count, then name and reason as UTF) and the ignored count. {@link ImageCacheWriter}
 * writes it. A cache file that cannot be read is deleted and the folder decoded again: the cache is
 * a convenience, never a source of errors.
 */
final class ImageFolderCache {

    static final int MAGIC = 0x474c494d; // "GLIM"
    static final int VERSION = 2;
    /** Bytes before the pixels. */
    static final int HEADER = 32;
    private static final Logger LOG = LoggerFactory.getLogger(ImageFolderCache.class);

    private final Path folder;
    private final Path file;
    private final int size;

    private ImageFolderCache(Path folder, Path file, int size) {
        this.folder = folder;
        this.file = file;
        this.size = size;
    }

    static ImageFolderCache forFolder(Path folder, List<Path> images, int size) throws IOException {
        MessageDigest sha = sha256();
        update(sha, "v" + VERSION + "|" + folder + "|" + size);
        for (Path image : images) {
            update(sha, "|" + folder.relativize(image) + "|" + Files.size(image) + "|"
                    + Files.getLastModifiedTime(image).toMillis());
        }
        String key = HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        return new ImageFolderCache(folder, UserCache.imagesDir().resolve(key + ".bin"), size);
    }

    /** The cached images, or null when there are none (or they cannot be read). */
    LoadedImageFolder read() {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return map(file, folder, size, true);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring the unreadable image cache {} ({}); decoding {} again", file, e.getMessage(), folder);
            deleteQuietly();
            return null;
        }
    }

    /** A writer for this folder's cache file; see {@link ImageCacheWriter#open}. */
    ImageCacheWriter writer() throws IOException {
        return ImageCacheWriter.open(file, size);
    }

    /**
     * Maps a cache file's pixels and reads its report.
     *
     * @param fromCache what the report says: true for an earlier load's file, false for one just written
     * @throws IOException if the file is not a complete cache of images of side {@code size}
     */
    static LoadedImageFolder map(Path file, Path folder, int size, boolean fromCache) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            while (header.hasRemaining() && channel.read(header) >= 0) {
                // read until full or end of file
            }
            header.flip();
            if (header.remaining() < HEADER || header.getInt() != MAGIC || header.getInt() != VERSION) {
                throw new IOException("not an image cache of this version");
            }
            int count = header.getInt();
            int channels = header.getInt();
            int side = header.getInt();
            if (side != size || count < 1 || (channels != 1 && channels != 3)) {
                throw new IOException("unexpected shape " + count + "x" + channels + "x" + side);
            }
            long pixelBytes = (long) count * channels * side * side;
            ImageFolderReport report = readReport(channel.position(HEADER + pixelBytes), folder,
                    count, channels, side, fromCache);
            MappedPixels pixels = MappedPixels.map(file, HEADER, pixelBytes);
            ImageDataset data = ImageDataset.over(ImageFolderLoader.nameOf(folder), count, channels,
                    side, side, pixels);
            return new LoadedImageFolder(data, report);
        }
    }

    private static ImageFolderReport readReport(FileChannel channel, Path folder, int count,
                                                int channels, int side, boolean fromCache) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
        int skippedCount = in.readInt();
        if (skippedCount < 0) {
            throw new IOException("negative skipped count " + skippedCount);
        }
        List<SkippedImage> skipped = new ArrayList<>();
        for (int i = 0; i < skippedCount; i++) {
            skipped.add(new SkippedImage(in.readUTF(), in.readUTF()));
        }
        int ignored = in.readInt();
        return new ImageFolderReport(folder, side, channels, count, skipped, ignored, fromCache);
    }

    private void deleteQuietly() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("could not delete {}", file, e);
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
