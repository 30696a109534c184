package org.ganlab.engine.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.ganlab.engine.export.GifExport;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;
import org.ganlab.engine.train.TrainingEvent.ActivityFinished;
import org.ganlab.engine.train.TrainingEvent.ActivityStarted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** progress.gif: thinned for long runs, written off the training thread, complete when the run ends. */
class ProgressGifTest {

    @TempDir
    Path dir;

    @Test
    void evenlySpacedKeepsTheFirstAndTheLastAndAtMostMax() {
        assertArrayEquals(new int[] {0, 1, 2}, RunFolder.evenlySpaced(3, 300));
        assertArrayEquals(new int[] {0, 3, 5, 8, 10}, RunFolder.evenlySpaced(11, 5));
        assertArrayEquals(new int[] {0, 9}, RunFolder.evenlySpaced(10, 1));
        assertEquals(0, RunFolder.evenlySpaced(0, 300).length);
    }

    @Test
    void aLongRunsGifHasAtMostMaxFramesEvenlySpacedAndIsWrittenByTheWriterThread() throws Exception {
        int snapshots = 700;
        for (int i = 0; i < snapshots; i++) {
            writeSnapshot(dir, i);
        }
        List<TrainingEvent> events = new CopyOnWriteArrayList<>();
        try (ProgressGif gif = new ProgressGif(dir, events::add)) {
            gif.finish(7000);

            Path file = dir.resolve(RunFolder.GIF);
            assertEquals(RunFolder.GIF_MAX_FRAMES, GifExport.countFrames(file));
            int[] expected = RunFolder.evenlySpaced(snapshots, RunFolder.GIF_MAX_FRAMES);
            for (int frame : new int[] {0, 1, 150, RunFolder.GIF_MAX_FRAMES - 1}) {
                assertEquals(expected[frame], indexIn(GifExport.readFrame(file, frame)), "frame " + frame);
            }
            assertEquals(snapshots - 1, indexIn(GifExport.readFrame(file, RunFolder.GIF_MAX_FRAMES - 1)));
            assertEquals(8, GifExport.readFrame(file, 0).getWidth(), "a long run's frames at the snapshot's size");
            assertEquals(ProgressGif.THREAD_NAME, gif.lastWriter());
            assertNotEquals(Thread.currentThread().getName(), gif.lastWriter());
            assertEquals(List.of(new ActivityStarted(7000, ActivityStarted.WRITING_GIF),
                    new ActivityFinished(7000, ActivityStarted.WRITING_GIF)), events);
        }
    }

    @Test
    void noGifAtEpochEndsAndTheStoppedEventWaitsForACompleteOne() throws Exception {
        Path runDir = dir.resolve("run");
        CompletableFuture<Integer> framesAtStop = new CompletableFuture<>();
        EventRecorder events = new EventRecorder() {
            @Override
            public void onEvent(TrainingEvent event) {
                if (event instanceof TrainingEvent.Stopped) {
                    framesAtStop.complete(countFrames(runDir.resolve(RunFolder.GIF)));
                }
                super.onEvent(event);
            }
        };
        // 320 images in batches of 32: ten iterations an epoch
        TrainingConfig config = TrainingConfig.defaults().withBatchSize(32).withSubset(320).withEpochs(1000)
                .withSnapshotEvery(4);
        TrainingRun run = TrainingRun.start(config, runDir, events);
        events.await(TrainingEvent.CheckpointSaved.class, c -> c.epoch() >= 2);
        assertFalse(Files.exists(runDir.resolve(RunFolder.GIF)), "epoch ends write no GIF any more");
        run.stop();
        assertInstanceOf(TrainingEvent.Stopped.class, events.awaitEnd());
        assertTrue(run.awaitTermination(Duration.ofSeconds(30)));

        int snapshots = RunFolder.snapshots(runDir).size();
        assertEquals(snapshots, framesAtStop.get(10, TimeUnit.SECONDS), "the whole GIF exists when Stopped arrives");
        List<ActivityStarted> gifs = events.all(ActivityStarted.class).stream()
                .filter(a -> a.what().equals(ActivityStarted.WRITING_GIF)).toList();
        assertEquals(1, gifs.size(), "one GIF write, on stop");
    }

    private static int countFrames(Path gif) {
        try {
            return GifExport.countFrames(gif);
        } catch (IOException e) {
            return -1;
        }
    }

    /** An 8×8 gray snapshot whose first two pixels hold {@code index} (high and low byte). */
    private static void writeSnapshot(Path runDir, int index) throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setSample(0, 0, 0, index >> 8);
        image.getRaster().setSample(1, 0, 0, index & 0xFF);
        Path file = runDir.resolve(RunFolder.SNAPSHOTS).resolve(String.format(Locale.ROOT,
                "epoch-%03d_iter-%08d.png", index / 10 + 1, index * 10L));
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    /** The index a GIF frame was made from (a long run's frames are not scaled up). */
    private static int indexIn(BufferedImage frame) {
        return (frame.getRaster().getSample(0, 0, 0) << 8) | frame.getRaster().getSample(1, 0, 0);
    }
}
