package org.ganlab.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
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
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();



    private int run(DownloadCatalog catalog, String... args) {
        CommandLine cli = new CommandLine(new DownloadCommand(catalog));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
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

        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("ganlab: cannot reach 127.0.0.1"), lines.get(0));
        assertTrue(lines.get(0).contains("--dataset idx:DIR"), lines.get(0));
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        assertEquals(2, GanLabCli.commandLine().setErr(new PrintWriter(err, true)).execute("download", "cifar"));
        assertTrue(err.toString().contains("mnist, fashion-mnist, kmnist"), err.toString());
    }
}
