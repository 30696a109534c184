package org.ganlab.app.viewmodels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.ganlab.app.model.GridImage;
import org.ganlab.app.model.Snapshot;
import org.ganlab.app.model.TimelineFrame;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.RunFolderService;
import org.ganlab.app.support.Events;
import org.ganlab.engine.run.RunFolder;
import org.ganlab.engine.train.TrainingEvent.SamplesGenerated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineViewModelTest {

    @TempDir
    Path dir;

    /** Reads run on the test's thread only when the test says so, as the FX pulse would see them. */
    private final List<Runnable> pendingReads = new ArrayList<>();
    private final TimelineViewModel vm = new TimelineViewModel(new BackgroundTasks(pendingReads::add, Runnable::run));

    private static Snapshot frame(long it) {
        return new Snapshot(it, 1, false, new GridImage(1, 1, new int[] {0}));
    }

    private void runReads() {
        while (!pendingReads.isEmpty()) {
            pendingReads.remove(0).run();
        }
    }

    @Test
    void followsNewFramesUntilTheStudentScrubsBack() {
        vm.addAll(List.of(frame(1), frame(2)));
        assertEquals(1, vm.indexProperty().get());
        vm.addAll(List.of(frame(3)));
        assertEquals(2, vm.indexProperty().get());

        vm.select(0);
        vm.addAll(List.of(frame(4)));
        assertEquals(0, vm.indexProperty().get());
        assertEquals(1, vm.selectedProperty().get().iteration());
    }

    @Test
    void playsFromTheStartAndStopsOnTheLastFrame() {
        vm.addAll(List.of(frame(1), frame(2), frame(3)));
        vm.togglePlay();
        assertTrue(vm.playingProperty().get());
        assertEquals(0, vm.indexProperty().get());
        vm.advance();
        vm.advance();
        assertEquals(2, vm.indexProperty().get());
        vm.advance();
        assertFalse(vm.playingProperty().get());
    }

    /** 2,000 snapshots as a long run sends them, each with the PNG the engine wrote for it. */
    private void feedLongRun(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            SamplesGenerated g = Events.grid(i * 50L, (i % 200) / 100f - 1f);
            Path png = RunFolderService.snapshotFile(dir, g.epoch(), g.iteration());
            Files.createDirectories(png.getParent());
            BufferedImage image = GridImage.of(RunFolder.grid(g.samples())).toBufferedImage();
            image.setRGB(0, 0, 0xFF000000 | i);   // every PNG differs, so a wrong frame shows
            ImageIO.write(image, "png", png.toFile());
            vm.addAll(List.of(new Snapshot(g.iteration(), g.epoch(), g.epochEnd(), GridImage.of(image), png)));
        }
    }

    @Test
    void aLongRunKeepsSmallThumbnailsAndABoundedNumberOfFullFrames() throws Exception {
        feedLongRun(2000);

        assertEquals(2000, vm.size());
        assertTrue(vm.cachedFrames() <= TimelineViewModel.CACHED_FRAMES, "full frames held: " + vm.cachedFrames());
        for (TimelineFrame f : vm.frames()) {
            GridImage t = f.thumbnail();
            assertTrue(t.width() <= TimelineFrame.THUMBNAIL_SIZE && t.height() <= TimelineFrame.THUMBNAIL_SIZE,
                    t.width() + "x" + t.height());
        }
        GridImage newest = vm.imageProperty().get();
        assertTrue(newest.width() > TimelineFrame.THUMBNAIL_SIZE, "the newest frame shows at full size, from the cache");
        assertEquals(0xFF000000 | 1999, newest.argb()[0]);
    }

    @Test
    void scrubbingToAnOldFrameShowsItsThumbnailThenThePngsPixels() throws Exception {
        feedLongRun(2000);

        vm.select(7);
        TimelineFrame old = vm.selectedProperty().get();
        assertSame(old.thumbnail(), vm.imageProperty().get(), "the thumbnail shows while the PNG is read");
        runReads();

        GridImage shown = vm.imageProperty().get();
        GridImage png = GridImage.of(ImageIO.read(old.file().toFile()));
        assertArrayEquals(png.argb(), shown.argb());
        assertEquals(0xFF000007, shown.argb()[0]);
        assertTrue(vm.cachedFrames() <= TimelineViewModel.CACHED_FRAMES);
    }

    @Test
    void fastScrubbingReadsOneFrameAtATimeAndEndsOnTheLastSelected() throws Exception {
        feedLongRun(300);

        for (int i = 10; i < 60; i++) {
            vm.select(i);
        }
        assertEquals(1, pendingReads.size(), "one read in flight, the rest coalesced");
        runReads();

        assertEquals(0xFF000000 | 59, vm.imageProperty().get().argb()[0]);
    }

    @Test
    void theStripShowsAtMostTwoHundredEvenlySpacedFramesWithTheFirstAndTheNewest() throws Exception {
        feedLongRun(2000);

        List<TimelineFrame> strip = vm.strip();
        assertTrue(strip.size() <= TimelineViewModel.STRIP_FRAMES, "strip: " + strip.size());
        assertTrue(strip.size() >= TimelineViewModel.STRIP_FRAMES / 2, "strip: " + strip.size());
        assertSame(vm.frames().get(0), strip.get(0));
        assertSame(vm.frames().get(1999), strip.get(strip.size() - 1));
        int step = vm.stripPosition(1) - vm.stripPosition(0);
        for (int i = 1; i < strip.size() - 1; i++) {
            assertEquals(step, vm.stripPosition(i) - vm.stripPosition(i - 1), "evenly spaced at " + i);
            assertSame(vm.frames().get(vm.stripPosition(i)), strip.get(i));
        }
        assertEquals(vm.stripIndexOf(16 * step), 16);
        assertEquals(vm.stripIndexOf(16 * step + 1), 16, "a frame between two shown ones maps to the earlier");
    }

    @Test
    void aReopenedRunsFramesReadTheirFullGridFromDisk() throws Exception {
        feedLongRun(3);
        List<TimelineFrame> reopened = new ArrayList<>();
        GridImage last = new RunFolderService(dir).readFrames(dir, reopened);
        vm.clear();

        vm.addFrames(reopened);
        assertEquals(0, vm.cachedFrames());
        runReads();
        assertNotNull(last);
        assertArrayEquals(last.argb(), vm.imageProperty().get().argb());
    }
}
