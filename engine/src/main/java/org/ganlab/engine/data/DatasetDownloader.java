package org.ganlab.engine.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.ganlab.engine.data.DownloadException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the files of a {@link DownloadCatalog} data set into a folder (by default
 * {@link UserCache#datasetDir}), so that {@code --dataset NAME} finds them.
 *
 * <p>Per file: a file already present with the right SHA-256 is kept; otherwise bytes go to
 * {@code NAME.part}, which a later attempt resumes with an HTTP {@code Range} request (a server
 * that ignores the range sends the whole file, which then replaces the part). When the connection
 * breaks mid-file the download resumes at once, up to {@value #ATTEMPTS} attempts per address.
 * The complete part is checked against the published SHA-256: a mismatch deletes it and fails
 * with {@link Reason#CHECKSUM_MISMATCH}; a match renames it into place atomically. So the folder
 * never holds a final-named file that was not verified.
 */
public final class DatasetDownloader {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetDownloader.class);
    private static final int ATTEMPTS = 3;
    private static final int BUFFER = 1 << 16;

    private final DownloadCatalog catalog;
    private final HttpClient http;

    public DatasetDownloader(DownloadCatalog catalog) {
        this(catalog, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15))
                .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NORMAL).build());
    }

    public DatasetDownloader(DownloadCatalog catalog, HttpClient http) {
        this.catalog = catalog;
        this.http = http;
    }

    /** Downloads {@code name} into {@link UserCache#datasetDir(String)}; returns that folder. */
    public Path download(String name, DownloadListener listener) throws IOException, InterruptedException {
        return download(name, UserCache.datasetDir(name), listener);
    }

    /**
     * Downloads every file of {@code name} into {@code folder}, skipping verified ones.
     *
     * @throws IllegalArgumentException if the catalog has no such set
     * @throws DownloadException        naming the file and the problem (offline, HTTP error,
     *                                  checksum mismatch, broken connection)
     */
    public Path download(String name, Path folder, DownloadListener listener) throws IOException, InterruptedException {
        List<RemoteFile> files = catalog.files(name);
        Files.createDirectories(folder);
        for (RemoteFile file : files) {
            fetch(file, folder, listener);
        }
        return folder;
    }

    private void fetch(RemoteFile file, Path folder, DownloadListener listener) throws IOException, InterruptedException {
        Path target = folder.resolve(file.fileName());
        if (Files.isRegularFile(target) && sha256(target).equals(file.sha256())) {
            listener.progress(file.fileName(), Files.size(target), Files.size(target));
            return;
        }
        Path part = folder.resolve(file.fileName() + ".part");
        DownloadException last = null;
        for (URI url : file.urls()) {
            try {
                fetchFrom(url, file, part, listener);
                verifyAndPlace(url, file, part, target);
                return;
            } catch (DownloadException e) {
                if (e.reason() == Reason.CHECKSUM_MISMATCH) {
                    throw e;
                }
                LOG.info("{} from {} failed: {}", file.fileName(), url, e.getMessage());
                last = e;
            }
        }
        throw last;
    }

    /** Fills {@code part} from one address, resuming after broken connections. */
    private void fetchFrom(URI url, RemoteFile file, Path part, DownloadListener listener)
            throws IOException, InterruptedException {
        IOException broken = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                if (request(url, file, part, listener)) {
                    return;
                }
            } catch (IOException e) {
                if (e instanceof DownloadException || isOffline(e)) {
                    throw classify(url, file, e);
                }
                broken = e;
                LOG.info("{}: the connection broke at {} bytes ({}); resuming", file.fileName(), sizeOf(part), e.getMessage());
            }
        }
        throw new DownloadException(Reason.INTERRUPTED, file.fileName() + ": the download from " + url.getHost()
                + " did not complete in " + ATTEMPTS + " attempts" + (broken == null ? "" : " (" + broken.getMessage() + ")")
                + "; the " + sizeOf(part) + " bytes received are kept and the next 'ganlab download' resumes them", broken);
    }

    private static long sizeOf(Path part) throws IOException {
        return Files.exists(part) ? Files.size(part) : 0;
    }

    /**
     * One GET, with a Range header when a part exists. Returns true when the part is complete,
     * false when the server said the range was unsatisfiable (the part is then discarded and the
     * caller's next attempt starts over).
     */
    private boolean request(URI url, RemoteFile file, Path part, DownloadListener listener)
            throws IOException, InterruptedException {
        long have = sizeOf(part);
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(2)).GET();
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        int status = response.statusCode();
        try (InputStream body = response.body()) {
            if (status == 416) {
                Files.deleteIfExists(part);
                return false;
            }
            if (status != 200 && status != 206) {
                throw new DownloadException(Reason.HTTP_ERROR, file.fileName() + ": " + url.getHost()
                        + " answered HTTP " + status + " for " + url, null);
            }
            boolean append = status == 206;
            long total = totalSize(response, append ? have : 0, file);
            copy(body, part, append, append ? have : 0, total, file.fileName(), listener);
            return true;
        }
    }

    private static long totalSize(HttpResponse<?> response, long offset, RemoteFile file) {
        long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        return length >= 0 ? offset + length : file.size() > 0 ? file.size() : -1;
    }

    private static void copy(InputStream body, Path part, boolean append, long offset, long total,
                             String name, DownloadListener listener) throws IOException {
        StandardOpenOption mode = append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode)) {
            byte[] buffer = new byte[BUFFER];
            long written = offset;
            for (int n; (n = body.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                written += n;
                listener.progress(name, written, total);
            }
        }
    }

    private static void verifyAndPlace(URI url, RemoteFile file, Path part, Path target) throws IOException {
        String actual = sha256(part);
        if (!actual.equals(file.sha256())) {
            Files.deleteIfExists(part);
            throw new DownloadException(Reason.CHECKSUM_MISMATCH, file.fileName() + " from " + url
                    + " is corrupt: its SHA-256 is " + actual + " but the published one is " + file.sha256()
                    + "; the file was deleted, run the download again", null);
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static boolean isOffline(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof HttpConnectTimeoutException || t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    private static DownloadException classify(URI url, RemoteFile file, IOException e) {
        if (e instanceof DownloadException d) {
            return d;
        }
        return new DownloadException(Reason.OFFLINE, "cannot reach " + url.getHost() + " to fetch "
                + file.fileName() + " (offline?)", e);
    }

    /** The SHA-256 of a file as 64 lower-case hex digits. */
    public static String sha256(Path file) throws IOException {
        MessageDigest sha = ImageFolderCache.sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
