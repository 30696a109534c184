package org.ganlab.engine.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An IDX file (or a pair of them) is not what it claims to be: wrong magic number, impossible
 * dimensions, truncated or over-long payload, corrupt gzip stream, or images and labels that do
 * not match.
 *
 * <p>The message always starts with the file name and then says what is wrong, so it can be shown
 * to the user as is, e.g. {@code "train-images-idx3-ubyte.gz: truncated: header promises 60000
 * images of 28x28 (47040000 bytes) but only 1000 bytes follow"}.
 */
public class IdxFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception about one file; the message becomes {@code "<file name>: <problem>"}. */
    public IdxFormatException(Path file, String problem) {
        super(nameOf(file) + ": " + problem);
    }

    /** As {@link #IdxFormatException(Path, String)}, keeping the low-level cause (gzip errors). */
    public IdxFormatException(Path file, String problem, Throwable cause) {
        super(nameOf(file) + ": " + problem, cause);
    }

    /** Creates an exception whose message is already complete, for problems spanning two files. */
    public IdxFormatException(String message) {
        super(message);
    }

    private static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
