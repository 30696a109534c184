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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineViewModelTest {

    private static final int LONG_RUN = 2000;

    @TempDir
    static Path runDir;

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
    void theListViewMovingItsSelectionWhileTheStripChangesDoesNotMoveTheTimeline() {
        // as the list view does when the strip's last entry is replaced: it selects another entry
        vm.strip().addListener((javafx.collections.ListChangeListener<TimelineFrame>) c -> vm.selectStripEntry(0));
        vm.addAll(List.of(frame(1), frame(2)));
        List<Integer> shown = new ArrayList<>();
        vm.indexProperty().addListener((obs, was, now) -> shown.add(now.intValue()));
        vm.addAll(List.of(frame(3)));

        assertEquals(List.of(2), shown, "straight to the newest frame, never back to the first");
        vm.selectStripEntry(0);
        assertEquals(0, vm.indexProperty().get(), "a pick by the student moves it");
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

    /** The snapshot PNGs of a long run, written once for all tests. */
    @BeforeAll
    static void writeSnapshots() throws Exception {
        for (int i = 0; i < LONG_RUN; i++) {
            Path png = png(i);
            Files.createDirectories(png.getParent());
            ImageIO.write(image(i), "png", png.toFile());
        }
    }

    private static Path png(int i) {
        return RunFolderService.snapshotFile(runDir, i / 10 + 1, i * 50L);
    }

    /** 96×96 (more than a thumbnail), every one different in its first pixel, so a wrong frame shows. */
    private static BufferedImage image(int i) {
        BufferedImage image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xFF000000 | i);
        image.setRGB(95, 95, 0xFFFFFFFF);
        return image;
    }

    /** The first {@code count} snapshots of the long run, as the run sends them. */
    private void feedLongRun(int count) {
        for (int i = 0; i < count; i++) {
            vm.addAll(List.of(new Snapshot(i * 50L, i / 10 + 1, i % 10 == 9, GridImage.of(image(i)), png(i))));
        }
    }

    @Test
    void aLongRunKeepsSmallThumbnailsAndABoundedNumberOfFullFrames() throws Exception {
        feedLongRun(LONG_RUN);

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
        feedLongRun(LONG_RUN);

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
    void playbackReadsTheNextFrameBeforeItIsDue() throws Exception {
        feedLongRun(100);
        vm.select(0);
        runReads();

        vm.togglePlay();
        vm.advance();
        runReads();   // frame 1, then frame 2 ahead of time
        vm.advance();
        assertEquals(0xFF000000 | 2, vm.imageProperty().get().argb()[0], "frame 2 shows at full size at once");
        assertEquals(1, pendingReads.size(), "and frame 3 is being read");
    }

    @Test
    void theStripShowsAtMostTwoHundredEvenlySpacedFramesWithTheFirstAndTheNewest() throws Exception {
        feedLongRun(LONG_RUN);

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
    void aReopenedRunOfTwoThousandFramesHoldsThumbnailsAndReadsTheShownGridFromDisk() throws Exception {
        List<TimelineFrame> reopened = new ArrayList<>();
        GridImage last = new RunFolderService(runDir).readFrames(runDir, reopened);

        vm.addFrames(reopened);
        assertEquals(LONG_RUN, vm.size());
        assertEquals(0, vm.cachedFrames());
        runReads();
        assertNotNull(last);
        assertArrayEquals(last.argb(), vm.imageProperty().get().argb());
    }
}
