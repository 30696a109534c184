package org.ganlab.engine.data;

import java.io.IOException;

/**
 * A download that did not produce a verified file. The message is one line for a person: which
 * file, what went wrong, what was kept or deleted and what to do.
 */
public class DownloadException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why it failed, so the app can pick an icon or offer the import. */
    public enum Reason {
        /** No server could be reached: no network, DNS failure, refused or timed-out connection. */
        OFFLINE,
        /** A server answered with an error status. */
        HTTP_ERROR,
        /** The file arrived but its SHA-256 is not the published one; it was deleted. */
        CHECKSUM_MISMATCH,
        /** The connection broke too often to finish; the part downloaded so far is kept. */
        INTERRUPTED
    }

    private final Reason reason;

    public DownloadException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
