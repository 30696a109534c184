package org.ganlab.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a crash leaves in a run folder, and what continuing from the checkpoint keeps of it. */
class RunFolderRewindTest {

    @TempDir
    Path dir;

    private static String row(long iteration) {
        return iteration + ",1,1.386294,0.693147,0.500000,0.500000,12.345";
    }

    @Test
    void aRowCutOffByAKillIsDroppedWithTheRowsAfterTheCheckpoint() throws Exception {
        String kept = RunFolder.METRICS_HEADER + "\n" + row(1) + "\n" + row(2) + "\n";
        // The kill came while the writer had put out only "3" of row 3: a first field that parses,
        // and one before the checkpoint's iteration, so only the missing newline tells it apart.
        Files.writeString(dir.resolve(RunFolder.METRICS), kept + row(3) + "\n" + row(4) + "\n3");

        RunFolderRewind.to(dir, 2);

        assertEquals(kept, Files.readString(dir.resolve(RunFolder.METRICS)));
    }

    @Test
    void aTornRowWithoutAnyCommaDoesNotStopTheResume() throws Exception {
        Files.writeString(dir.resolve(RunFolder.METRICS), RunFolder.METRICS_HEADER + "\n" + row(1) + "\n12");
        RunFolderRewind.to(dir, 5);
        assertEquals(List.of(RunFolder.METRICS_HEADER, row(1)), Files.readAllLines(dir.resolve(RunFolder.METRICS)));
    }

    @Test
    void laterSnapshotsAndTheTemporaryFilesOfInterruptedWritesGo() throws Exception {
        Path snapshots = Files.createDirectories(dir.resolve(RunFolder.SNAPSHOTS));
        Path before = Files.writeString(snapshots.resolve("epoch-001_iter-00000100.png"), "png");
        Path after = Files.writeString(snapshots.resolve("epoch-001_iter-00000101.png"), "png");
        Path halfCheckpoint = Files.writeString(dir.resolve(".checkpoint.zip.k3j2h1.tmp"), "PK");
        Path halfSnapshot = Files.writeString(snapshots.resolve(".epoch-001_iter-00000102.png.x1.tmp"), "");
        Path notOurs = Files.writeString(dir.resolve("notes.tmp"), "mine");

        RunFolderRewind.to(dir, 100);

        assertTrue(Files.exists(before));
        assertFalse(Files.exists(after), "a snapshot after the checkpoint");
        assertFalse(Files.exists(halfCheckpoint), "a checkpoint write cut off by the kill");
        assertFalse(Files.exists(halfSnapshot));
        assertTrue(Files.exists(notOurs), "only AtomicFiles' hidden temporary files are deleted");
    }
}
