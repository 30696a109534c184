package org.ganlab.app.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.ganlab.app.model.QualityRow;
import org.ganlab.app.model.RunInfo;
import org.ganlab.engine.run.ConfigChange;
import org.ganlab.app.support.Events;
import org.ganlab.app.support.FakeRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderServiceTest {

    @TempDir
    Path root;

    private static Path fakeRun(Path dir, int snapshots) throws IOException {
        return FakeRuns.create(dir, snapshots);
    }

    @Test
    void readsConfigMetricsAndSnapshotsInOrder() throws IOException {
        Path dir = fakeRun(root.resolve("r1"), 3);
        RunFolderService.LoadedRun run = new RunFolderService(root).read(dir);

        assertEquals(Events.tiny(), run.config());
        assertEquals(8, run.metrics().size());
        assertEquals(3, run.frames().size());
        assertEquals(12, run.frames().get(2).iteration());
        assertEquals(3, run.frames().get(2).epoch());
        assertTrue(run.frames().get(2).file().endsWith("epoch-003_iter-00000012.png"));
        assertEquals(30, run.lastGrid().width());
        assertTrue(run.hasCheckpoint());
    }

    @Test
    void readsTheQualityColumnsAndTheLiveChanges() throws IOException {
        Path dir = FakeRuns.withHistory(root.resolve("r1"));
        Files.writeString(dir.resolve("metrics.csv"), "9,3,1.3,0.7,0.6,0.4,21.5,33.0,1", java.nio.file.StandardOpenOption.APPEND);
        RunFolderService runs = new RunFolderService(root);
        RunFolderService.LoadedRun run = runs.read(dir);

        assertEquals(List.of(new QualityRow(4, 1, 80.5, 9, 6.2), new QualityRow(8, 2, 41.0, 10, 8.1)), run.quality(),
                "a last line torn in its quality columns adds no figures");
        assertEquals(List.of(new ConfigChange(4, "learningRateG", "2.0E-4", "0.002"),
                new ConfigChange(4, "dStepsPerGStep", "1", "2")), run.changes());
        assertEquals(run.changes(), runs.list().get(0).changes());
    }

    @Test
    void aDamagedChangeLogIsNamedWhenOpeningAndTheListStaysReadable() throws IOException {
        Path dir = FakeRuns.withHistory(root.resolve("r1"));
        Files.writeString(dir.resolve("changes.csv"), "iteration,field,old,new\nfour,learningRateG,2.0E-4,0.002\n5,epochs,3,4\n");
        RunFolderService runs = new RunFolderService(root);

        IOException e = assertThrows(IOException.class, () -> runs.read(dir));
        assertTrue(e.getMessage().contains("changes.csv line 2"), e.getMessage());
        assertEquals(List.of(), runs.list().get(0).changes());
    }

    @Test
    void aFolderWithoutConfigIsNoRun() {
        assertThrows(NoSuchFileException.class, () -> new RunFolderService(root).read(root));
    }

    @Test
    void listsRunsWithTheirSummary() throws IOException {
        fakeRun(root.resolve("r1"), 2);
        List<RunInfo> runs = new RunFolderService(root).list();

        assertEquals(1, runs.size());
        assertEquals(2, runs.get(0).epochs());
        assertEquals(8, runs.get(0).iterations());
        assertEquals(1.3, runs.get(0).lastDLoss());
        assertTrue(runs.get(0).thumbnail().toString().endsWith("iter-00000008.png"));
    }

    @Test
    void copiesARunAtomicallyAndRefusesToOverwrite() throws IOException {
        Path dir = fakeRun(root.resolve("r1"), 2);
        RunFolderService runs = new RunFolderService(root);
        Path target = root.resolve("saved/copy");
        runs.copy(dir, target);

        assertEquals(2, runs.read(target).frames().size());
        assertThrows(IOException.class, () -> runs.copy(dir, target));
    }

    @Test
    void newRunFoldersNeverCollide() throws IOException {
        RunFolderService runs = new RunFolderService(root);
        LocalDateTime t = LocalDateTime.of(2025, 1, 2, 3, 4, 5);
        Path a = runs.newRunDir(Events.tiny(), t);
        Files.createDirectories(a);
        Path b = runs.newRunDir(Events.tiny(), t);
        assertEquals("2025-01-02_03-04-05_mnist_mlp", a.getFileName().toString());
        assertEquals("2025-01-02_03-04-05_mnist_mlp-2", b.getFileName().toString());
    }
}
