package org.ganlab.engine.data;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * One file of a downloadable data set: where to fetch it (tried in order) and what it must hash to.
 *
 * @param fileName the name it is saved under, e.g. {@code train-images-idx3-ubyte.gz}
 * @param urls     the addresses to try, canonical first, then mirrors
 * @param sha256   the published SHA-256 of the file, 64 lower-case hex digits
 * @param size     the published size in bytes (for progress before the server says), or 0
 */
public record RemoteFile(String fileName, List<URI> urls, String sha256, long size) {

    public RemoteFile {
        urls = List.copyOf(urls);
        sha256 = sha256.toLowerCase(Locale.ROOT);
        if (urls.isEmpty() || !sha256.matches("[0-9a-f]{64}") || fileName.contains("/")) {
            throw new IllegalArgumentException("bad remote file " + fileName + ": needs a URL, a plain"
                    + " file name and a 64-digit SHA-256");
        }
    }
}
