package org.ganlab.engine.data;

import java.util.Arrays;
import java.util.Objects;

/** Pixels on the heap, in one array: what IDX files and small in-memory sets use. */
record ArrayPixels(byte[] bytes) implements PixelStore {

    ArrayPixels {
        Objects.requireNonNull(bytes, "pixels");
    }

    @Override
    public long size() {
        return bytes.length;
    }

    @Override
    public byte get(long index) {
        return bytes[Math.toIntExact(index)];
    }

    @Override
    public void read(long from, byte[] dest, int destOffset, int length) {
        System.arraycopy(bytes, Math.toIntExact(from), dest, destOffset, length);
    }

    @Override
    public PixelStore head(long length) {
        return new ArrayPixels(Arrays.copyOf(bytes, Math.toIntExact(length)));
    }
}
