package org.ganlab.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import org.ganlab.engine.data.DatasetCatalog;
import org.ganlab.engine.data.ImageDataset;
import org.ganlab.engine.export.IdxExport;
import org.ganlab.engine.data.TemporaryUserCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code ganlab metrics}: one line for an IDX file of samples and for a run. */
class MetricsCommandTest {

    @RegisterExtension
    final TemporaryUserCache cacheSetting = TemporaryUserCache.at(Paths.get("target", "test-cache"));

    @TempDir
    Path dir;
    private final CliRunner cli = new CliRunner();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void realTestImagesAsSamplesScoreFullCoverage() throws Exception {
        ImageDataset test = DatasetCatalog.loadTest("mnist", DatasetCatalog.defaultAssetsDir());
        Path samples = dir.resolve("samples-idx3-ubyte.gz");
        IdxExport.writeImages(samples, Arrays.copyOf(test.pixels(), 1000 * 784), 1000, 28, 28);

        assertEquals(0, run("metrics", "--dataset", "mnist", "--samples", samples.toString()), cli.err());

        List<String> lines = cli.out().lines().toList();
        assertEquals(1, lines.size(), cli.out());
        assertTrue(lines.get(0).matches("fid=[0-9.]+ coverage=10/10 score=[0-9.]+ samples=1000 collapsed=false .*"), lines.get(0));
    }

    @Test
    void aRunIsScoredFromItsCheckpointAgainstItsDataSet() {
        Path runDir = dir.resolve("run");
        assertEquals(0, run("train", "--subset", "256", "--batch", "64", "--epochs", "1", "--out", runDir.toString()), cli.err());
        cli.clear();

        assertEquals(0, run("metrics", "--run", runDir.toString(), "--count", "300"), cli.err());

        List<String> lines = cli.out().lines().toList();
        assertEquals(1, lines.size(), cli.out());
        assertTrue(lines.get(0).matches("fid=[0-9.]+ coverage=\\d+/10 score=[0-9.]+ samples=300 .*"), lines.get(0));
    }

    @Test
    void samplesWithoutADataSetIsABadArgument() {
        assertEquals(2, run("metrics", "--samples", dir.resolve("x").toString()));
        assertTrue(cli.err().contains("--dataset"), cli.err());
    }
}
