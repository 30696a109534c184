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
import org.ganlab.app.model.RunInfo;
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
