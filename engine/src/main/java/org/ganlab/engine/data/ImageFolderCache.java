package org.ganlab.engine.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.ganlab.engine.data.ImageFolderReport.SkippedImage;
import org.ganlab.engine.export.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decoded images of one folder at one size, in {@code <cache>/images/<key>.bin}. The key is a
 * SHA-256 of the folder's path, the size, and every image file's path, length and modification
 * time: adding, removing or editing a file changes the key, so a stale cache is never read.
 *
 * <p>Format (gzip): magic, version, count, channels, size, the NCHW pixels, then the report's
 * skipped files (name, reason) and ignored count. A cache file that cannot be read is deleted and
 * the folder decoded again: the cache is a convenience, never a source of errors.
 */
final class ImageFolderCache {

    private static final int MAGIC = 0x474c494d; // "GLIM"
    private static final int VERSION = 1;
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
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(
                new BufferedInputStream(Files.newInputStream(file)), 1 << 16))) {
            return readFrom(in);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring the unreadable image cache {} ({}); decoding {} again", file, e.getMessage(), folder);
            deleteQuietly();
            return null;
        }
    }

    private LoadedImageFolder readFrom(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not an image cache of this version");
        }
        int count = in.readInt();
        int channels = in.readInt();
        int side = in.readInt();
        if (side != size || count < 1 || (channels != 1 && channels != 3)) {
            throw new IOException("unexpected shape " + count + "x" + channels + "x" + side);
        }
        byte[] pixels = new byte[count * channels * side * side];
        in.readFully(pixels);
        int skippedCount = in.readInt();
        List<SkippedImage> skipped = new ArrayList<>();
        for (int i = 0; i < skippedCount; i++) {
            skipped.add(new SkippedImage(in.readUTF(), in.readUTF()));
        }
        int ignored = in.readInt();
        ImageDataset data = ImageDataset.adopting(ImageFolderLoader.nameOf(folder), count, channels,
                side, side, pixels, null, 0);
        return new LoadedImageFolder(data, new ImageFolderReport(folder, side, channels, count,
                skipped, ignored, true));
    }

    /** Writes the cache atomically; a failure only costs the next load its speed, so it is logged. */
    void write(LoadedImageFolder loaded) {
        ImageDataset data = loaded.dataset();
        ImageFolderReport report = loaded.report();
        try {
            AtomicFiles.write(file, raw -> {
                GZIPOutputStream gzip = new GZIPOutputStream(raw, 1 << 16);
                DataOutputStream out = new DataOutputStream(gzip);
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.writeInt(data.count());
                out.writeInt(data.channels());
                out.writeInt(data.height());
                out.write(data.pixels());
                out.writeInt(report.skipped().size());
                for (SkippedImage s : report.skipped()) {
                    out.writeUTF(s.file());
                    out.writeUTF(s.reason());
                }
                out.writeInt(report.ignored());
                out.flush();
                gzip.finish();
            });
        } catch (IOException e) {
            LOG.warn("Could not cache the decoded images of {}: {}", folder, e.getMessage());
        }
    }

    Path file() {
        return file;
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
