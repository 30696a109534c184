package org.ganlab.engine.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes a PNG with the JDK's ImageIO, atomically (see {@link AtomicFiles}). Lossless: a
 * {@code TYPE_BYTE_GRAY} image becomes an 8-bit gray PNG with the same sample values.
 */
public final class PngExport {

    private PngExport() {
    }

    /** Writes {@code image} to {@code target}, creating parent folders; replaces any old file. */
    public static void write(BufferedImage image, Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            ImageWriter writer = ImageIoSupport.writer("png");
            try (ImageOutputStream stream = ImageIoSupport.imageStream(out)) {
                writer.setOutput(stream);
                writer.write(image);
            } finally {
                writer.dispose();
            }
        });
    }
}
