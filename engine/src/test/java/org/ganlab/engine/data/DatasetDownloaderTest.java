package org.ganlab.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The download manager against a local server: verified files, corruption, resume, offline. */
class DatasetDownloaderTest {

    @TempDir
    Path dir;
    private LoopbackServer server;
    private byte[][] contents;

    @BeforeEach
    void serveATinyDataSet() throws IOException {
        server = new LoopbackServer();
        contents = new byte[][] {
                IdxBytes.gzip(IdxBytes.images(300, 28, 28)), IdxBytes.gzip(IdxBytes.labels(new byte[300])),
                IdxBytes.gzip(IdxBytes.images(20, 28, 28)), IdxBytes.gzip(IdxBytes.labels(new byte[20]))};
        String[] names = {"train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
                "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"};
        for (int i = 0; i < 4; i++) {
            server.put(names[i], contents[i]);
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private DownloadCatalog catalog(String base) {
        return new DownloadCatalog(Map.of("tiny", DownloadCatalog.files(List.of(base),
                sha(contents[0]), contents[0].length, sha(contents[1]), contents[1].length,
                sha(contents[2]), contents[2].length, sha(contents[3]), contents[3].length)));
    }

    @Test
    void downloadsVerifiesAndTheFolderLoadsAsAnIdxDataSet() throws Exception {
        Path folder = new DatasetDownloader(catalog(server.baseUrl())).download("tiny", dir, DownloadListener.NONE);

        assertArrayEquals(contents[0], Files.readAllBytes(folder.resolve("train-images-idx3-ubyte.gz")));
        assertEquals(300, DatasetCatalog.load("idx:" + folder, dir).count());
        assertEquals(20, DatasetCatalog.loadTest("idx:" + folder, dir).count());
        try (var files = Files.list(folder)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".part")));
        }
    }

    @Test
    void aSecondDownloadKeepsVerifiedFilesWithoutFetchingThem() throws Exception {
        DatasetDownloader downloader = new DatasetDownloader(catalog(server.baseUrl()));
        downloader.download("tiny", dir, DownloadListener.NONE);
        server.ranges.clear();

        downloader.download("tiny", dir, DownloadListener.NONE);

        assertEquals(List.of(), server.ranges, "no request at all");
    }

    @Test
    void aCorruptedDownloadIsDeletedWithAClearMessage() throws Exception {
        byte[] corrupted = contents[1].clone();
        corrupted[corrupted.length / 2] ^= 0x55;
        server.put("train-labels-idx1-ubyte.gz", corrupted);

        DownloadException e = assertThrows(DownloadException.class,
                () -> new DatasetDownloader(catalog(server.baseUrl())).download("tiny", dir, DownloadListener.NONE));

        assertEquals(DownloadException.Reason.CHECKSUM_MISMATCH, e.reason());
        assertTrue(e.getMessage().startsWith("train-labels-idx1-ubyte.gz from http://127.0.0.1:"), e.getMessage());
        assertTrue(e.getMessage().contains("corrupt") && e.getMessage().contains("deleted"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("train-labels-idx1-ubyte.gz")));
        assertFalse(Files.exists(dir.resolve("train-labels-idx1-ubyte.gz.part")));
        assertTrue(Files.exists(dir.resolve("train-images-idx3-ubyte.gz")), "the verified file before it stays");
    }

    @Test
    void aTruncatedTransferResumesWithARangeRequestAndIsVerified() throws Exception {
        server.truncateNext.set(1);
        long[] lastReported = {0};

        new DatasetDownloader(catalog(server.baseUrl())).download("tiny", dir,
                (file, bytes, total) -> lastReported[0] = file.startsWith("train-images") ? bytes : lastReported[0]);

        int half = contents[0].length / 2;
        assertEquals(List.of("none", "bytes=" + half + "-"), server.ranges.subList(0, 2));
        assertArrayEquals(contents[0], Files.readAllBytes(dir.resolve("train-images-idx3-ubyte.gz")));
        assertEquals(contents[0].length, lastReported[0]);
    }

    @Test
    void aConnectionThatKeepsBreakingKeepsThePartForTheNextRun() throws Exception {
        server.truncateNext.set(3);
        DatasetDownloader downloader = new DatasetDownloader(catalog(server.baseUrl()));

        DownloadException e = assertThrows(DownloadException.class, () -> downloader.download("tiny", dir, DownloadListener.NONE));

        assertEquals(DownloadException.Reason.INTERRUPTED, e.reason());
        assertTrue(e.getMessage().contains("next 'ganlab download' resumes"), e.getMessage());
        assertTrue(Files.size(dir.resolve("train-images-idx3-ubyte.gz.part")) > contents[0].length / 2);
        downloader.download("tiny", dir, DownloadListener.NONE);
        assertArrayEquals(contents[0], Files.readAllBytes(dir.resolve("train-images-idx3-ubyte.gz")));
    }

    @Test
    void aPartLeftByAnEarlierRunIsResumed() throws Exception {
        Files.write(dir.resolve("train-images-idx3-ubyte.gz.part"), java.util.Arrays.copyOf(contents[0], 100));

        new DatasetDownloader(catalog(server.baseUrl())).download("tiny", dir, DownloadListener.NONE);

        assertEquals("bytes=100-", server.ranges.get(0));
        assertArrayEquals(contents[0], Files.readAllBytes(dir.resolve("train-images-idx3-ubyte.gz")));
    }

    @Test
    void offlineItSaysSoInOneLine() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        DownloadException e = assertThrows(DownloadException.class, () -> new DatasetDownloader(
                catalog("http://127.0.0.1:" + closedPort + "/")).download("tiny", dir, DownloadListener.NONE));

        assertEquals(DownloadException.Reason.OFFLINE, e.reason());
        assertTrue(e.getMessage().contains("cannot reach 127.0.0.1"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void anHttpErrorNamesTheStatusAndTheAddress() {
        DownloadException e = assertThrows(DownloadException.class, () -> new DatasetDownloader(
                catalog(server.baseUrl() + "missing/")).download("tiny", dir, DownloadListener.NONE));

        assertEquals(DownloadException.Reason.HTTP_ERROR, e.reason());
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
    }

    @Test
    void theStandardCatalogHasFourPublishedChecksumsPerSet() {
        DownloadCatalog standard = DownloadCatalog.standard();

        assertEquals(List.of("mnist", "fashion-mnist", "kmnist"), standard.names());
        for (String name : standard.names()) {
            assertEquals(4, standard.files(name).stream().map(RemoteFile::sha256).distinct().count(), name);
        }
    }

    static String sha(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
