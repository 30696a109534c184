package org.ganlab.engine.data;

/**
 * The pixel bytes behind an {@link ImageDataset}, addressed with long offsets so a set may hold
 * more than 2 GiB: a heap array for IDX files ({@link ArrayPixels}), a memory-mapped cache file for
 * image folders ({@link MappedPixels}). Read-only after construction and safe to share between
 * threads.
 */
interface PixelStore {

    /** Number of bytes. */
    long size();

    /** The byte at {@code index} (0 ≤ index &lt; size). */
    byte get(long index);

    /** Copies {@code length} bytes starting at {@code from} into {@code dest[destOffset..]}. */
    void read(long from, byte[] dest, int destOffset, int length);

    /** The first {@code length} bytes, without copying where the store allows it. */
    PixelStore head(long length);
}
