package org.ganlab.engine.data;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.ganlab.engine.data.ImageFolderReport.SkippedImage;
import org.ganlab.engine.data.SquareImages.Square;

/**
 * Decodes one image file into a {@link Square} without holding the full-size picture: the reader
 * is asked for the centre square only, subsampled so that about {@value #OVERSAMPLING} source
 * pixels remain per output pixel along each axis (enough for {@link SquareImages}'s averaging to
 * smooth the result). A 20000×20000 PNG for a 32×32 set thus decodes to about 128×128.
 *
 * <p>Images whose header claims more than {@link #MAX_PIXELS} pixels are refused before any
 * pixel is decoded: decoding them would take minutes even subsampled (decompression bombs).
 */
final class ImageFileDecoder {

    /** The largest image accepted, in pixels (width × height): 500 megapixels. */
    static final long MAX_PIXELS = 500_000_000L;
    /** Source pixels kept per output pixel along one axis, at least, when subsampling. */
    static final int OVERSAMPLING = 4;

    private ImageFileDecoder() {
    }

    /** A {@link Square}, or the {@link SkippedImage} that says why there is none. */
    static Object decode(Path dir, Path file, int size) {
        String name = dir.relativize(file).toString();
        try {
            BufferedImage image = readSquare(file, size);
            if (image == null) {
                return new SkippedImage(name, "not a PNG or JPEG image this program can decode");
            }
            return SquareImages.of(image, size);
        } catch (TooLargeException e) {
            return new SkippedImage(name, e.getMessage());
        } catch (IOException | RuntimeException e) {
            // ImageIO throws unchecked exceptions on some corrupt files; both mean "skip it".
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new SkippedImage(name, "unreadable: " + reason);
        }
    }

    /**
     * The centre square of the image, subsampled for an output of {@code size × size}; null when
     * no installed reader knows the format.
     *
     * @throws TooLargeException if the image has more than {@link #MAX_PIXELS} pixels
     */
    static BufferedImage readSquare(Path file, int size) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                checkSize(width, height);
                ImageReadParam param = reader.getDefaultReadParam();
                configure(param, width, height, size);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private static void checkSize(int width, int height) throws TooLargeException {
        if ((long) width * height > MAX_PIXELS) {
            throw new TooLargeException(String.format(Locale.ROOT,
                    "too large: %,d x %,d pixels is more than the %,d million an image may have",
                    width, height, MAX_PIXELS / 1_000_000));
        }
    }

    /** Asks for the centred square crop, every {@link #subsampling}-th pixel of it. */
    static void configure(ImageReadParam param, int width, int height, int size) {
        int side = Math.min(width, height);
        param.setSourceRegion(new Rectangle((width - side) / 2, (height - side) / 2, side, side));
        int step = subsampling(side, size);
        param.setSourceSubsampling(step, step, 0, 0);
    }

    /** The read step along each axis: 1 (every pixel) unless the square has to shrink a lot. */
    static int subsampling(int side, int size) {
        return Math.max(1, side / (OVERSAMPLING * size));
    }

    /** An image refused for its size; the message is the reason the report shows. */
    static final class TooLargeException extends IOException {
        TooLargeException(String message) {
            super(message);
        }
    }
}
