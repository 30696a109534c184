package org.ganlab.engine.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files (the MNIST format: a big-endian magic number, one big-endian int per dimension,
 * then the raw values), either raw or gzip-compressed. Compression is detected from the gzip magic
 * bytes {@code 1f 8b}, never from the file name.
 *
 * <p>Every file is validated completely: magic number, dimension sizes, and that the payload has
 * exactly the length the header promises (neither truncated nor followed by extra bytes). Any
 * problem, including a corrupt gzip stream, is reported as an {@link IdxFormatException} whose
 * message names the file and the problem. Stateless and thread-safe.
 */
public final class IdxReader {

    /** Magic number of an IDX file of unsigned bytes with 3 dimensions (count, rows, cols). */
    public static final int IMAGES_MAGIC = 0x00000803;
    /** Magic number of an IDX file of unsigned bytes with 1 dimension (count). */
    public static final int LABELS_MAGIC = 0x00000801;
    /** Largest accepted image side in pixels: far above any GAN data set, far below nonsense. */
    public static final int MAX_SIDE = 8192;

    // Java arrays stop a little short of Integer.MAX_VALUE on most VMs.
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;
    // A header can claim up to 2 GB; grow towards that only as real bytes arrive.
    private static final int FIRST_CHUNK = 64 << 20;
    private static final int BUFFER = 1 << 16;
    private static final Map<Integer, String> TYPE_NAMES = Map.of(
            0x08, "uint8", 0x09, "int8", 0x0B, "int16", 0x0C, "int32", 0x0D, "float32", 0x0E, "float64");

    private IdxReader() {
    }

    /**
     * Reads an IDX3 uint8 image file (magic {@code 0x00000803}: count, rows, cols).
     *
     * @throws IdxFormatException if the file is not a valid, complete IDX3 uint8 file
     * @throws IOException        if it cannot be read at all (e.g. {@code NoSuchFileException})
     */
    public static IdxImages readImages(Path file) throws IOException {
        try (InputStream in = open(file)) {
            int[] dims = readHeader(file, in, IMAGES_MAGIC, "image count", "rows", "columns");
            long bytes = checkImageShape(file, dims[0], dims[1], dims[2]);
            String what = dims[0] + " images of " + dims[1] + "x" + dims[2];
            byte[] pixels = readPayload(file, in, bytes, what);
            return new IdxImages(dims[0], dims[1], dims[2], pixels);
        } catch (ZipException | EOFException e) {
            throw gzipError(file, e);
        }
    }

    /**
     * Reads an IDX1 uint8 label file (magic {@code 0x00000801}: count) and returns one unsigned
     * byte per label.
     *
     * @throws IdxFormatException if the file is not a valid, complete IDX1 uint8 file
     * @throws IOException        if it cannot be read at all
     */
    public static byte[] readLabels(Path file) throws IOException {
        try (InputStream in = open(file)) {
            int[] dims = readHeader(file, in, LABELS_MAGIC, "label count");
            return readPayload(file, in, dims[0], dims[0] + " labels");
        } catch (ZipException | EOFException e) {
            throw gzipError(file, e);
        }
    }

    /** Opens the file, transparently inflating it when it starts with the gzip magic bytes. */
    private static InputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        try {
            raw.mark(2);
            boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            return gzip ? new GZIPInputStream(raw, BUFFER) : raw;
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** Reads and checks the magic number, then one positive size per named dimension. */
    private static int[] readHeader(Path file, InputStream in, int expectedMagic, String... dimNames)
            throws IOException {
        byte[] magicBytes = in.readNBytes(4);
        if (magicBytes.length < 4) {
            throw new IdxFormatException(file, magicBytes.length == 0 ? "empty file"
                    : "truncated: file ends inside the 4-byte IDX magic number");
        }
        int magic = bigEndianInt(magicBytes, 0);
        if (magic != expectedMagic) {
            throw new IdxFormatException(file, "wrong magic number: found " + describeMagic(magic)
                    + " but expected " + describeMagic(expectedMagic));
        }
        byte[] sizes = in.readNBytes(4 * dimNames.length);
        if (sizes.length < 4 * dimNames.length) {
            throw new IdxFormatException(file, "truncated: file ends inside the IDX header ("
                    + (4 + sizes.length) + " of " + (4 + 4 * dimNames.length) + " header bytes)");
        }
        int[] dims = new int[dimNames.length];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = bigEndianInt(sizes, 4 * i);
            if (dims[i] <= 0) {
                throw new IdxFormatException(file, "bad header: " + dimNames[i] + " is "
                        + Integer.toUnsignedString(dims[i]) + "; it must be positive");
            }
        }
        return dims;
    }

    /** Rejects implausible image sizes and returns the payload length in bytes. */
    private static long checkImageShape(Path file, int count, int rows, int cols)
            throws IdxFormatException {
        if (rows > MAX_SIDE || cols > MAX_SIDE) {
            throw new IdxFormatException(file, "bad header: implausible image size " + rows + "x"
                    + cols + " (at most " + MAX_SIDE + " pixels per side)");
        }
        long bytes = (long) count * rows * cols;
        if (bytes > MAX_ARRAY) {
            throw new IdxFormatException(file, "too large: " + count + " images of " + rows + "x"
                    + cols + " is " + bytes + " bytes, more than one Java array can hold");
        }
        return bytes;
    }

    /** Reads exactly {@code bytes} bytes and checks that nothing follows them. */
    private static byte[] readPayload(Path file, InputStream in, long bytes, String what)
            throws IOException {
        byte[] data = readUpTo(in, bytes);
        if (data.length < bytes) {
            throw new IdxFormatException(file, "truncated: header promises " + what + " ("
                    + bytes + " bytes) but only " + data.length + " bytes follow");
        }
        long extra = in.transferTo(OutputStream.nullOutputStream());
        if (extra > 0) {
            throw new IdxFormatException(file, "unexpected trailing data: " + extra
                    + " bytes follow the " + what + " (" + bytes + " bytes) the header promises");
        }
        return data;
    }

    /** Reads up to {@code limit} bytes; the array is shorter than the limit only at end of file. */
    private static byte[] readUpTo(InputStream in, long limit) throws IOException {
        byte[] buf = new byte[(int) Math.min(limit, FIRST_CHUNK)];
        int filled = 0;
        while (true) {
            filled += in.readNBytes(buf, filled, buf.length - filled);
            if (filled < buf.length) {
                return Arrays.copyOf(buf, filled);
            }
            if (filled == limit) {
                return buf;
            }
            buf = Arrays.copyOf(buf, (int) Math.min(limit, 2L * buf.length));
        }
    }

    private static IdxFormatException gzipError(Path file, IOException e) {
        String problem = e instanceof EOFException ? "truncated gzip stream" : "corrupt gzip data";
        return new IdxFormatException(file, problem + " (" + e.getMessage() + ")", e);
    }

    /** Says in words what a magic number announces, for error messages. */
    static String describeMagic(int magic) {
        String hex = String.format("0x%08X", magic);
        if (magic == IMAGES_MAGIC) {
            return hex + " (IDX images: uint8, 3 dimensions)";
        }
        if (magic == LABELS_MAGIC) {
            return hex + " (IDX labels: uint8, 1 dimension)";
        }
        if ((magic >>> 16) == 0x1f8b) {
            return hex + " (gzip data: was the file compressed twice?)";
        }
        if ((magic >>> 16) != 0) {
            return hex + " (not an IDX file: IDX files start with two zero bytes)";
        }
        int type = (magic >> 8) & 0xff;
        String typeName = TYPE_NAMES.getOrDefault(type, String.format("unknown type 0x%02X", type));
        return hex + " (IDX " + typeName + ", " + (magic & 0xff) + " dimensions)";
    }

    private static int bigEndianInt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }
}
