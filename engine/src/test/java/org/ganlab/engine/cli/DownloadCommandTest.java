package org.ganlab.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ganlab.engine.data.DownloadCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.ganlab.engine.data.TemporaryUserCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/** {@code ganlab download}: offline it says so in one line and points at the import. */
class DownloadCommandTest {

    @RegisterExtension
    final TemporaryUserCache cacheSetting = new TemporaryUserCache();
    Path cache;

    @BeforeEach
    void cacheFolder() {
        cache = cacheSetting.root();
    }
    private String err = "";

    private int run(DownloadCatalog catalog, String... args) {
        CliRunner cli = new CliRunner(() -> new CommandLine(new DownloadCommand(catalog)));
        int code = cli.run(args);
        err = cli.err();
        return code;
    }

    @Test
    void offlineItSaysSoInOneLineAndSuggestsTheImport() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String sha = "0".repeat(64);
        DownloadCatalog unreachable = new DownloadCatalog(Map.of("tiny", DownloadCatalog.files(
                List.of("http://127.0.0.1:" + closedPort + "/"), sha, 1, sha, 1, sha, 1, sha, 1)));

        assertEquals(1, run(unreachable, "tiny"));

        List<String> lines = err.lines().toList();
        assertEquals(1, lines.size(), err);
        assertTrue(lines.get(0).startsWith("ganlab: cannot reach 127.0.0.1"), lines.get(0));
        assertTrue(lines.get(0).contains("--dataset idx:DIR"), lines.get(0));
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        CliRunner cli = new CliRunner();
        assertEquals(2, cli.run("download", "cifar"));
        err = cli.err();
        assertTrue(err.contains("mnist, fashion-mnist, kmnist"), err);
    }
}
