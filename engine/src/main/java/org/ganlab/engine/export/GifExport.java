package org.ganlab.engine.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import javax.imageio.IIOImage;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.w3c.dom.Node;

/**
 * Writes and inspects animated GIFs (e.g. the "training progress" animation) with the JDK's ImageIO
 * GIF plug-in; no extra library.
 *
 * <p>Frames: all the same size. {@code TYPE_BYTE_GRAY} frames are stored with a 256-level gray
 * palette, so their pixel values survive exactly; indexed frames keep their palette; other frames
 * are reduced to at most 256 colours by the JDK. Each frame has disposal "none" and the given
 * delay; looping uses the NETSCAPE2.0 application extension on the first frame.
 */
public final class GifExport {

    private static final String NETSCAPE = "NETSCAPE";
    private static final String NETSCAPE_VERSION = "2.0";
    private static final int MAX_UNSIGNED_SHORT = 0xFFFF;

    private GifExport() {
    }

    /**
     * Writes an animated GIF atomically (see {@link AtomicFiles}).
     *
     * @param frames    one or more images of equal size; none is refused before anything is written
     * @param captions  null for no captions; else one entry per frame (an entry may be null), drawn
     *                  in a strip below each frame, e.g. {@code "epoch 3 · it 1200"}
     * @param delayMs   time each frame is shown, in milliseconds, ≥ 0; GIF stores hundredths of a
     *                  second, so it is rounded to 10 ms (and browsers show delays under 20 ms slower)
     * @param loopCount NETSCAPE2.0 loop count 0..65535: 0 loops forever, n repeats n more times
     */
    public static void write(List<BufferedImage> frames, List<String> captions, int delayMs,
                             int loopCount, Path target) throws IOException {
        if (captions != null && captions.size() != frames.size()) {
            throw new IllegalArgumentException(frames.size() + " frames but " + captions.size() + " captions");
        }
        write(frames.size(), frames::get, captions == null ? null : captions::get, delayMs, loopCount, target);
    }

    /** Frame {@code i} of a GIF being written, e.g. read from a file just in time. */
    public interface FrameSource {
        BufferedImage frame(int i) throws IOException;
    }

    /**
     * As {@link #write(List, List, int, int, Path)}, but asks for each frame only when it is
     * written, so memory stays at one frame however long the animation is.
     *
     * @param captions null for no captions; else the caption of frame i (may be null)
     */
    public static void write(int count, FrameSource frames, IntFunction<String> captions, int delayMs,
                             int loopCount, Path target) throws IOException {
        checkArguments(count, delayMs, loopCount, target);
        int delayCs = (int) Math.min(MAX_UNSIGNED_SHORT, Math.round(delayMs / 10.0));
        AtomicFiles.write(target, out -> {
            ImageWriter writer = ImageIoSupport.writer("gif");
            try (ImageOutputStream stream = ImageIoSupport.imageStream(out)) {
                writer.setOutput(stream);
                writer.prepareWriteSequence(null);
                BufferedImage first = null;
                for (int i = 0; i < count; i++) {
                    BufferedImage raw = frames.frame(i);
                    first = first == null ? raw : first;
                    checkSize(first, raw, i);
                    BufferedImage frame = GifFrames.prepare(raw, captions != null,
                            captions == null ? null : captions.apply(i));
                    IIOMetadata metadata = frameMetadata(writer, frame, delayCs, i == 0 ? loopCount : -1);
                    writer.writeToSequence(new IIOImage(frame, null, metadata), null);
                }
                writer.endWriteSequence();
            } finally {
                writer.dispose();
            }
        });
    }

    private static void checkArguments(int count, int delayMs, int loopCount, Path target) {
        if (count < 1) {
            throw new IllegalArgumentException("nothing to write to " + target
                    + ": a GIF needs at least one frame, and there are no snapshots yet");
        }
        if (delayMs < 0 || loopCount < 0 || loopCount > MAX_UNSIGNED_SHORT) {
            throw new IllegalArgumentException("need delayMs ≥ 0 and loopCount 0..65535; got "
                    + delayMs + " and " + loopCount);
        }
    }

    private static void checkSize(BufferedImage first, BufferedImage frame, int i) {
        if (frame.getWidth() != first.getWidth() || frame.getHeight() != first.getHeight()) {
            throw new IllegalArgumentException("frame " + i + " is " + frame.getWidth() + "x"
                    + frame.getHeight() + " but frame 0 is " + first.getWidth() + "x" + first.getHeight());
        }
    }

    /** The frame's metadata: delay, disposal "none", and on the first frame the loop extension. */
    private static IIOMetadata frameMetadata(ImageWriter writer, BufferedImage frame, int delayCs,
                                             int loopCount) throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(frame), null);
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("transparentColorIndex", "0");
        control.setAttribute("delayTime", Integer.toString(delayCs));
        if (loopCount >= 0) {
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", NETSCAPE);
            loop.setAttribute("authenticationCode", NETSCAPE_VERSION);
            // Sub-block 1 of the NETSCAPE2.0 extension: the loop count, little-endian.
            loop.setUserObject(new byte[] {1, (byte) loopCount, (byte) (loopCount >> 8)});
            child(root, "ApplicationExtensions").appendChild(loop);
        }
        metadata.setFromTree(format, root);
        return metadata;
    }

    /** The child named {@code name}, created if absent. */
    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeName().equals(name)) {
                return (IIOMetadataNode) node;
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
    }

    /** Number of frames in a GIF file. @throws IOException if it is not a readable GIF */
    public static int countFrames(Path gif) throws IOException {
        return withReader(gif, reader -> reader.getNumImages(true));
    }

    /** The NETSCAPE2.0 loop count (0 = forever), or -1 when the GIF has none (plays once). */
    public static int loopCount(Path gif) throws IOException {
        return withReader(gif, reader -> {
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node root = metadata.getAsTree(metadata.getNativeMetadataFormatName());
            for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node.getNodeName().equals("ApplicationExtensions")) {
                    return loopCountIn(node);
                }
            }
            return -1;
        });
    }

    /** Reads frame {@code index} (from 0) back, e.g. to check what was written. */
    public static BufferedImage readFrame(Path gif, int index) throws IOException {
        return withReader(gif, reader -> reader.read(index));
    }

    private static int loopCountIn(Node extensions) {
        for (Node node = extensions.getFirstChild(); node != null; node = node.getNextSibling()) {
            IIOMetadataNode app = (IIOMetadataNode) node;
            boolean netscape = NETSCAPE.equals(app.getAttribute("applicationID"))
                    && NETSCAPE_VERSION.equals(app.getAttribute("authenticationCode"));
            if (netscape && app.getUserObject() instanceof byte[] data && data.length >= 3 && data[0] == 1) {
                return (data[1] & 0xff) | (data[2] & 0xff) << 8;
            }
        }
        return -1;
    }

    /** What a read-back query does with an open GIF reader. */
    private interface ReaderQuery<T> {
        T apply(ImageReader reader) throws IOException;
    }

    private static <T> T withReader(Path gif, ReaderQuery<T> query) throws IOException {
        ImageReader reader = ImageIoSupport.reader("gif");
        try (ImageInputStream in = new FileImageInputStream(gif.toFile())) {
            checkSignature(gif, in);
            reader.setInput(in, false, false);
            return query.apply(reader);
        } finally {
            reader.dispose();
        }
    }

    /** The JDK reader does not check the "GIF87a"/"GIF89a" signature; a clear error beats garbage. */
    private static void checkSignature(Path gif, ImageInputStream in) throws IOException {
        byte[] signature = new byte[6];
        int read = in.read(signature);
        String text = new String(signature, 0, Math.max(0, read), StandardCharsets.ISO_8859_1);
        if (!text.equals("GIF87a") && !text.equals("GIF89a")) {
            throw new IOException(gif + ": not a GIF file");
        }
        in.seek(0);
    }
}
