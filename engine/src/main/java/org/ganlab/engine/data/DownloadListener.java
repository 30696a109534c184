package org.ganlab.engine.data;

/**
 * Hears a download's progress: called from the downloading thread after each chunk, so a UI must
 * hand the values over to its own thread (and may throttle them).
 */
@FunctionalInterface
public interface DownloadListener {

    DownloadListener NONE = (file, bytes, total) -> { };

    /**
     * @param file  the file being fetched, e.g. {@code train-images-idx3-ubyte.gz}
     * @param bytes bytes on disk so far, a resumed part included
     * @param total the file's size in bytes, or -1 when unknown
     */
    void progress(String file, long bytes, long total);
}
