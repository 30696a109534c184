package org.ganlab.engine.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.ganlab.engine.data.ImageFolderReport.SkippedImage;
import org.ganlab.engine.data.SquareImages.Square;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a folder of PNG and JPEG images (any size, grey or colour; sub-folders included, hidden
 * files not) as an unlabelled {@link ImageDataset} of square images: each is centre-cropped and
 * resized to {@code size × size} (see {@link SquareImages}). The set is grey (1 channel) when every
 * image is grey, RGB (3 channels, NCHW) otherwise. Images keep the sorted order of their paths.
 *
 * <p>A file ImageIO cannot decode is skipped and listed in the {@link ImageFolderReport}; loading
 * fails only when no image at all can be used. The result is cached in the {@link UserCache}
 * (see {@link ImageFolderCache}), so the second load of an unchanged folder reads one file.
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
        LoadedImageFolder loaded = decode(dir, images, all.size() - images.size(), size, listener);
        cache.write(loaded);
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

    /** Decodes every file (in parallel: JPEG decoding dominates), then assembles the data set. */
    private static LoadedImageFolder decode(Path dir, List<Path> files, int ignored, int size,
                                            ImageFolderListener listener) throws IOException {
        Object[] results = new Object[files.size()];
        int[] done = {0};
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            results[i] = decodeOne(dir, files.get(i), size);
            synchronized (done) {
                listener.progress(++done[0], files.size(), dir.relativize(files.get(i)).toString());
                logEveryTenth(dir, done[0], files.size());
            }
        });
        List<Square> squares = new ArrayList<>();
        List<SkippedImage> skipped = new ArrayList<>();
        for (Object result : results) {
            if (result instanceof Square square) {
                squares.add(square);
            } else {
                skipped.add((SkippedImage) result);
            }
        }
        if (squares.isEmpty()) {
            throw new IOException("no usable PNG or JPEG image in " + dir + " (" + files.size()
                    + " image files, " + ignored + " other files)"
                    + (skipped.isEmpty() ? "" : "; first problem: " + skipped.get(0).file() + ": " + skipped.get(0).reason()));
        }
        return assemble(dir, size, squares, skipped, ignored);
    }

    /** A log line at each tenth of a large folder, so a command line shows progress without a listener. */
    private static void logEveryTenth(Path dir, int done, int total) {
        if (total >= 500 && done * 10L / total > (done - 1) * 10L / total) {
            LOG.info("Decoding the images of {}: {} of {}", dir, done, total);
        }
    }

    /** A {@link Square}, or the {@link SkippedImage} that says why there is none. */
    private static Object decodeOne(Path dir, Path file, int size) {
        String name = dir.relativize(file).toString();
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                return new SkippedImage(name, "not a PNG or JPEG image this program can decode");
            }
            return SquareImages.of(image, size);
        } catch (IOException | RuntimeException e) {
            // ImageIO throws unchecked exceptions on some corrupt files; both mean "skip it".
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new SkippedImage(name, "unreadable: " + reason);
        }
    }

    private static LoadedImageFolder assemble(Path dir, int size, List<Square> squares,
                                              List<SkippedImage> skipped, int ignored) {
        boolean grey = squares.stream().allMatch(Square::grey);
        int channels = grey ? 1 : 3;
        int perImage = channels * size * size;
        byte[] pixels = new byte[squares.size() * perImage];
        for (int i = 0; i < squares.size(); i++) {
            System.arraycopy(squares.get(i).rgb(), 0, pixels, i * perImage, perImage);
        }
        ImageDataset data = ImageDataset.adopting(nameOf(dir), squares.size(), channels, size, size,
                pixels, null, 0);
        return new LoadedImageFolder(data, new ImageFolderReport(dir, size, channels, squares.size(),
                skipped, ignored, false));
    }

    static String nameOf(Path dir) {
        return dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
    }
}
