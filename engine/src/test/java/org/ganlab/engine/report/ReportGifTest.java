package org.ganlab.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.engine.export.GifExport;
import org.ganlab.engine.run.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's animation: snapshots at their own size, a bounded number of them. */
class ReportGifTest {

    @TempDir
    Path dir;

    @Test
    void aLongRunShowsEvenlySpacedSnapshotsEndingWithTheLast() {
        List<Path> snapshots = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            snapshots.add(Path.of("s" + i));
        }

        List<Path> frames = ReportGif.frames(snapshots, 5);

        assertEquals(List.of(Path.of("s0"), Path.of("s250"), Path.of("s500"), Path.of("s749"), Path.of("s999")), frames);
        assertEquals(snapshots.subList(0, 3), ReportGif.frames(snapshots.subList(0, 3), 5), "a short run shows all");
    }

    @Test
    void theAnimationHasOneFramePerSnapshotAtTheSnapshotsWidth() throws Exception {
        RunFolderFixture.snapshots(dir, 3);
        Path gif = dir.resolve("report.gif");

        Files.write(gif, ReportGif.of(RunFolder.snapshots(dir)));

        assertEquals(3, GifExport.countFrames(gif));
        assertEquals(4 * 28 + 3 * 2, GifExport.readFrame(gif, 2).getWidth(), "not scaled up: the page does that");
    }
}
