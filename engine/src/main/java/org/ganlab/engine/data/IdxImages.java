package org.ganlab.engine.data;

/**
 * The content of an IDX3 uint8 image file: {@code count} images of {@code rows x cols} pixels,
 * stored image after image, each row-major, one unsigned byte (0..255) per pixel.
 *
 * <p>The record holds the array it was given without copying (it is usually 47 MB); treat it as
 * read-only.
 */
public record IdxImages(int count, int rows, int cols, byte[] pixels) {

    /** Checks that the pixel array holds exactly {@code count * rows * cols} bytes. */
    public IdxImages {
        if (count < 0 || rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException(
                    "bad shape: " + count + " images of " + rows + "x" + cols);
        }
        if (pixels == null || pixels.length != (long) count * rows * cols) {
            throw new IllegalArgumentException("pixels must hold " + count + "x" + rows + "x" + cols
                    + " bytes, not " + (pixels == null ? "null" : pixels.length));
        }
    }

    /** Pixels per image: {@code rows * cols}. */
    public int pixelsPerImage() {
        return rows * cols;
    }
}
