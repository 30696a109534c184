package org.ganlab.engine.data;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.ganlab.engine.data.ImageFolderReport.SkippedImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a folder of PNG and JPEG images (any size, grey or colour; sub-folders included, hidden
 * files not) as an unlabelled {@link ImageDataset} of square images: each is centre-cropped and
 * resized to {@code size × size} (see {@link SquareImages}). The set is grey (1 channel) when every
 * image is grey, RGB (3 channels, NCHW) otherwise. Images keep the sorted order of their paths.
 *
 * <p>A file ImageIO cannot decode is skipped and listed in the {@link ImageFolderReport}; loading
 * fails only when no image at all can be used. Images are decoded subsampled (see
 * {@link ImageFileDecoder}) on a few threads straight into a cache file in the {@link UserCache}
 * (see {@link ImageFolderCache}), whose pixels the data set then reads through memory maps: any
 * number of images loads with bounded memory, and the second load of an unchanged folder only
 * maps the file again.
 */
public final class ImageFolderLoader {

    /** The size {@code images:DIR} resizes to. */
    public static final int DEFAULT_SIZE = 64;
    private static final List<String> EXTENSIONS = List.of(".png", ".jpg", ".jpeg");
    private static final Logger LOG = LoggerFactory.getLogger(ImageFolderLoader.class);

    private ImageFolderLoader() {
    }

    /**
     * Loads (or reads from the cache) the images of {@code folder}, resized to {@code size}.
     *
     * @param size     side of the square output images, e.g. 64 or 32
     * @param listener hears one report per file (or one for a cache hit)
     * @throws NoSuchFileException if the folder does not exist
     * @throws IOException         if the folder holds no usable image; the message names the folder
     *                             and why the first files were skipped
     */
    public static LoadedImageFolder load(Path folder, int size, ImageFolderListener listener) throws IOException {
        if (size < 1) {
            throw new IllegalArgumentException("image size must be positive, not " + size);
        }
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.isRegularFile(dir)) {
            throw new FileSystemException(dir.toString(), null, "is a file, not a folder of images");
        }
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "image folder not found");
        }
        List<Path> all = listFiles(dir);
        List<Path> images = all.stream().filter(ImageFolderLoader::hasImageExtension).toList();
        ImageFolderCache cache = ImageFolderCache.forFolder(dir, images, size);
        LoadedImageFolder cached = cache.read();
        if (cached != null) {
            listener.progress(cached.report().loaded() + cached.report().skipped().size(),
                    images.size(), "(cache)");
            return cached;
        }
        LoadedImageFolder loaded = decode(dir, images, all.size() - images.size(), size, cache, listener);
        LOG.info("{}", loaded.report().summary());
        return loaded;
    }

    private static List<Path> listFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(dir.relativize(p)))
                    .sorted().toList();
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasImageExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /**
     * Decodes every file straight into the cache file (a few images in memory at a time), then
     * maps it: the result's pixels live in the file, not on the heap, whatever the folder's size.
     */
    private static LoadedImageFolder decode(Path dir, List<Path> files, int ignored, int size,
                                            ImageFolderCache cache, ImageFolderListener listener) throws IOException {
        try (ImageCacheWriter writer = cache.writer()) {
            List<SkippedImage> skipped = FolderDecoding.run(dir, files, FolderDecoding.defaultThreads(),
                    file -> ImageFileDecoder.decode(dir, file, size), writer::append, listener);
            if (writer.count() == 0) {
                throw new IOException("no usable PNG or JPEG image in " + dir + " (" + files.size()
                        + " image files, " + ignored + " other files)"
                        + (skipped.isEmpty() ? "" : "; first problem: " + skipped.get(0).file() + ": " + skipped.get(0).reason()));
            }
            Path written = writer.finish(skipped, ignored);
            return ImageFolderCache.map(written, dir, size, false);
        }
    }

    static String nameOf(Path dir) {
        return dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
    }
}
