package org.ganlab.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ganlab.engine.checkpoint.ConfigJson;
import org.ganlab.engine.run.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading runs side by side: what differs, which iterations to show, and the folders it refuses. */
class RunComparisonTest {

    @TempDir
    Path dir;

    private Path run(String name, double learningRateG, int snapshots) throws IOException {
        Path run = RunFolderFixture.complete(dir.resolve(name), "ring8", 300);
        ConfigJson.write(RunFolderFixture.config("ring8").withLearningRateG(learningRateG), run.resolve(RunFolder.CONFIG));
        try (var old = Files.list(run.resolve(RunFolder.SNAPSHOTS))) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        RunFolderFixture.snapshots(run, snapshots);
        return run;
    }

    @Test
    void theSettingsThatDifferAreSeparatedFromTheShared() throws IOException {
        RunComparison c = RunComparison.read(List.of(run("a", 2e-4, 3), run("b", 1e-3, 3)));

        assertEquals(List.of(new ConfigDiff.Setting("learningRateG", List.of("2e-4", "1e-3"))), c.config().differing());
        assertTrue(c.config().shared().contains(new ConfigDiff.Setting("dataset", List.of("ring8"))));
        assertEquals(List.of("a", "b"), c.runs().stream().map(RunComparison.Run::name).toList());
    }

    @Test
    void aKeyOnlyOneConfigHasDiffers() {
        ConfigDiff diff = ConfigDiff.of(List.of(Map.of("model", "mlp"), Map.of("model", "mlp", "metricsEvery", "2")));

        assertEquals(List.of(new ConfigDiff.Setting("metricsEvery", List.of(ConfigDiff.ABSENT, "2"))), diff.differing());
        assertEquals(List.of(new ConfigDiff.Setting("model", List.of("mlp"))), diff.shared());
    }

    @Test
    void samplesAreShownOverTheIterationsEveryRunHasSnapshotsNear() throws IOException {
        // a: snapshots at 0..400, b: at 0..200
        RunComparison c = RunComparison.read(List.of(run("a", 2e-4, 5), run("b", 1e-3, 3)));

        assertEquals(List.of(0L, 100L, 200L), c.sampleIterations(5), "no more rows than snapshots in the range");
        assertEquals(List.of(0L, 200L), c.sampleIterations(2));
        assertEquals(List.of(200L), c.sampleIterations(1), "the last iteration both runs reached");
        assertEquals("epoch-001_iter-00000100.png", c.runs().get(1).snapshotNear(140).getFileName().toString());
        assertEquals("epoch-002_iter-00000200.png", c.runs().get(1).snapshotNear(400).getFileName().toString());
        assertEquals(List.of(0L, 400L), List.of(c.snapshotRange()[0], c.snapshotRange()[1]));
    }

    @Test
    void twoFoldersOfTheSameNameAreToldApartByTheirParents() {
        assertEquals(List.of("x/run", "y/run", "other"),
                RunComparison.names(List.of(Path.of("x/run"), Path.of("y/run"), Path.of("z/other"))));
    }

    @Test
    void badInputIsRefusedNamingTheFolder() throws IOException {
        Path a = run("a", 2e-4, 2);
        Path notRun = Files.createDirectories(dir.resolve("holiday-photos"));

        assertEquals("compare 2 to 6 run folders, not 1: " + a,
                assertThrows(IOException.class, () -> RunComparison.read(List.of(a))).getMessage());
        assertEquals("compare 2 to 6 run folders, not 7: " + String.join(", ", java.util.Collections.nCopies(7, a.toString())),
                assertThrows(IOException.class, () -> RunComparison.read(List.of(a, a, a, a, a, a, a))).getMessage());
        assertEquals(notRun + " is not a run folder: it has no config.json, metrics.csv or checkpoint.zip",
                assertThrows(IOException.class, () -> RunComparison.read(List.of(a, notRun))).getMessage());
        Path again = dir.resolve("holiday-photos").resolve("..").resolve("a");
        assertEquals(again + " is the same run as " + a + ": name each run once",
                assertThrows(IOException.class, () -> RunComparison.read(List.of(a, again))).getMessage());
    }
}
