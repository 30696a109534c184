package org.ganlab.engine.data;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

/**
 * A parsed {@code --dataset} value: what kind of source it names and where it lives.
 *
 * <ul>
 *   <li>{@code mnist}: shipped in the app's assets;</li>
 *   <li>{@code fashion-mnist}, {@code kmnist}: downloaded ({@code ganlab download NAME}) into the
 *       {@link UserCache user cache};</li>
 *   <li>{@code idx:DIR}: any folder of MNIST-style IDX files (see {@link IdxFolder});</li>
 *   <li>{@code images:DIR} or {@code images64:DIR}: a folder of PNG/JPEG images, centre-cropped
 *       and resized to 64×64; {@code images32:DIR} resizes to 32×32 (see
 *       {@link ImageFolderLoader}).</li>
 * </ul>
 * Named sets are case-insensitive; a folder after the prefix is taken as written (relative
 * folders resolve against the working directory).
 *
 * @param kind      which loader reads it
 * @param name      the data set's name as shown to the user ({@code mnist}, or the folder's name)
 * @param folder    the folder to read, or null for a shipped set (its folder depends on the assets)
 * @param imageSize side of the square images an image folder is resized to; 0 for IDX sources
 */
public record DatasetSpec(Kind kind, String name, Path folder, int imageSize) {

    /** Where a data set comes from. */
    public enum Kind { BUNDLED, DOWNLOADED, IDX_FOLDER, IMAGE_FOLDER }

    /** Shipped with the app. */
    public static final List<String> BUNDLED_NAMES = List.of("mnist");
    /** Fetched by the download manager into the user cache. */
    public static final List<String> DOWNLOADED_NAMES = List.of("fashion-mnist", "kmnist");
    /** The prefixes that take a folder, as the CLI help lists them. */
    public static final String FOLDER_SYNTAX = "idx:DIR, images:DIR (64x64), images32:DIR (32x32)";

    /**
     * Parses a {@code --dataset} value.
     *
     * @throws IllegalArgumentException for an unknown name or a prefix without a folder; the
     *                                  message lists what is accepted
     */
    public static DatasetSpec parse(String text) {
        String value = text == null ? "" : text.strip();
        int colon = value.indexOf(':');
        // "C:\..." alone is not a prefix: prefixes are at least three letters.
        if (colon >= 3) {
            return withFolder(value.substring(0, colon).toLowerCase(Locale.ROOT), value.substring(colon + 1), text);
        }
        String key = value.toLowerCase(Locale.ROOT);
        if (BUNDLED_NAMES.contains(key)) {
            return new DatasetSpec(Kind.BUNDLED, key, null, 0);
        }
        if (DOWNLOADED_NAMES.contains(key)) {
            return new DatasetSpec(Kind.DOWNLOADED, key, UserCache.datasetDir(key), 0);
        }
        throw unknown(text);
    }

    private static DatasetSpec withFolder(String prefix, String dir, String text) {
        if (dir.isBlank()) {
            throw new IllegalArgumentException("data set '" + text + "' names no folder after '" + prefix + ":'");
        }
        Path folder = Paths.get(dir).toAbsolutePath().normalize();
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        return switch (prefix) {
            case "idx" -> new DatasetSpec(Kind.IDX_FOLDER, name, folder, 0);
            case "images", "images64" -> new DatasetSpec(Kind.IMAGE_FOLDER, name, folder, 64);
            case "images32" -> new DatasetSpec(Kind.IMAGE_FOLDER, name, folder, 32);
            default -> throw unknown(text);
        };
    }

    private static IllegalArgumentException unknown(String text) {
        return new IllegalArgumentException("unknown data set '" + text + "'; known: "
                + String.join(", ", DatasetCatalog.knownNames()) + ", or " + FOLDER_SYNTAX);
    }

    /** True for sources of 28×28-style IDX files (labelled, grey), which the metrics support. */
    public boolean isIdx() {
        return kind != Kind.IMAGE_FOLDER;
    }
}
