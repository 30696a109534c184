package org.ganlab.engine.data;

import java.nio.file.Path;
import java.util.List;

/**
 * What loading an image folder did: how many images it kept, which files it skipped and why.
 * A skipped file is never fatal; the report is what the app shows the user and the CLI prints.
 *
 * @param folder    the folder that was read
 * @param imageSize side in pixels of the square images produced
 * @param channels  1 when every image was grey, otherwise 3 (RGB)
 * @param loaded    images decoded and kept
 * @param skipped   image files that could not be used, in file-name order
 * @param ignored   files without an image extension (.png, .jpg, .jpeg), not counted as skipped
 * @param fromCache true when the images came from the cache of an earlier load
 */
public record ImageFolderReport(Path folder, int imageSize, int channels, int loaded,
                                List<SkippedImage> skipped, int ignored, boolean fromCache) {

    /** A file that was skipped; {@code file} is relative to the folder. */
    public record SkippedImage(String file, String reason) {
    }

    public ImageFolderReport {
        skipped = List.copyOf(skipped);
    }

    /** One line for people, e.g. "1,204 images loaded (64x64 RGB), 2 skipped: a.png (not an image)". */
    public String summary() {
        StringBuilder line = new StringBuilder(String.format(java.util.Locale.ROOT,
                "%,d images loaded from %s (%dx%d %s)%s, %d skipped", loaded, folder, imageSize, imageSize,
                channels == 1 ? "grey" : "RGB", fromCache ? " from the cache" : "", skipped.size()));
        for (int i = 0; i < Math.min(3, skipped.size()); i++) {
            line.append(i == 0 ? ": " : "; ").append(skipped.get(i).file()).append(" (")
                    .append(skipped.get(i).reason()).append(')');
        }
        if (skipped.size() > 3) {
            line.append("; ...");
        }
        return line.toString();
    }
}
