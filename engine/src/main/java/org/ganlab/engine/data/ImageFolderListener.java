package org.ganlab.engine.data;

/**
 * Hears how far an image folder's loading has got, so a command line can redraw a progress line
 * and the app a progress bar. Calls never overlap (the loader serialises them, even when it decodes
 * on several threads) and {@code done} never decreases; they come from the loading thread(s), so
 * a UI must hand them over to its own thread.
 */
@FunctionalInterface
public interface ImageFolderListener {

    /** Ignores every report. */
    ImageFolderListener NONE = (done, total, file) -> { };

    /**
     * @param done  files handled so far (decoded or skipped), 1..total
     * @param total image files found in the folder
     * @param file  the file just handled, relative to the folder; "(cache)" when read from the cache
     */
    void progress(int done, int total, String file);
}
