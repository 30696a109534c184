package org.ganlab.engine.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Small helpers around the JDK's ImageIO shared by the exporters. */
final class ImageIoSupport {

    private ImageIoSupport() {
    }

    /** A fresh writer for a format the JDK always ships ("png", "gif"); dispose it after use. */
    static ImageWriter writer(String format) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no " + format.toUpperCase() + " writer");
        }
        return writers.next();
    }

    /** A fresh reader for a format the JDK always ships; dispose it after use. */
    static ImageReader reader(String format) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IOException("this Java runtime has no " + format.toUpperCase() + " reader");
        }
        return readers.next();
    }

    /**
     * Wraps a stream for an ImageWriter. Memory-cached rather than ImageIO's default, which may
     * spill to a temporary file in java.io.tmpdir; closing it does not close {@code out}.
     */
    static ImageOutputStream imageStream(OutputStream out) {
        return new MemoryCacheImageOutputStream(out);
    }
}
