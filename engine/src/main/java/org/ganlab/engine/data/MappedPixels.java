package org.ganlab.engine.data;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Objects;

/**
 * Pixels read from a file through memory maps, so a data set of any size costs the heap nothing:
 * the operating system pages the bytes in as batches touch them. One map holds at most 2 GiB, so
 * the region is mapped in chunks of {@code chunkSize} bytes; a read may cross chunk boundaries.
 * Reads use absolute positions only, so several threads may read at once.
 */
final class MappedPixels implements PixelStore {

    /** Chunk size for real files: well below the 2 GiB a single map may hold. */
    static final int DEFAULT_CHUNK = 1 << 30;

    private final MappedByteBuffer[] chunks;
    private final int chunkSize;
    private final long size;

    private MappedPixels(MappedByteBuffer[] chunks, int chunkSize, long size) {
        this.chunks = chunks;
        this.chunkSize = chunkSize;
        this.size = size;
    }

    /** Maps {@code size} bytes of {@code file} from {@code offset} on, read-only. */
    static MappedPixels map(Path file, long offset, long size) throws IOException {
        return map(file, offset, size, DEFAULT_CHUNK);
    }

    /** As {@link #map(Path, long, long)} with a chosen chunk size (tests cross chunks with a few KB). */
    static MappedPixels map(Path file, long offset, long size, int chunkSize) throws IOException {
        if (chunkSize < 1 || offset < 0 || size < 0) {
            throw new IllegalArgumentException("bad region " + offset + "+" + size + " / chunk " + chunkSize);
        }
        int count = Math.toIntExact((size + chunkSize - 1) / chunkSize);
        MappedByteBuffer[] chunks = new MappedByteBuffer[count];
        // The maps stay valid after the channel is closed.
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() < offset + size) {
                throw new IOException(file + " holds " + channel.size() + " bytes, fewer than the "
                        + (offset + size) + " its header promises");
            }
            for (int i = 0; i < count; i++) {
                long start = (long) i * chunkSize;
                chunks[i] = channel.map(FileChannel.MapMode.READ_ONLY, offset + start,
                        Math.min(chunkSize, size - start));
            }
        }
        return new MappedPixels(chunks, chunkSize, size);
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public byte get(long index) {
        Objects.checkIndex(index, size);
        return chunks[(int) (index / chunkSize)].get((int) (index % chunkSize));
    }

    @Override
    public void read(long from, byte[] dest, int destOffset, int length) {
        Objects.checkFromIndexSize(from, length, size);
        Objects.checkFromIndexSize(destOffset, length, dest.length);
        long position = from;
        int done = 0;
        while (done < length) {
            int chunk = (int) (position / chunkSize);
            int within = (int) (position % chunkSize);
            int n = Math.min(length - done, chunkSize - within);
            chunks[chunk].get(within, dest, destOffset + done, n);
            done += n;
            position += n;
        }
    }

    @Override
    public PixelStore head(long length) {
        Objects.checkFromIndexSize(0, length, size);
        int count = Math.toIntExact((length + chunkSize - 1) / chunkSize);
        return new MappedPixels(Arrays.copyOf(chunks, count), chunkSize, length);
    }
}
