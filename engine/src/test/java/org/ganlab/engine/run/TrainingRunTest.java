package org.ganlab.engine.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ganlab.engine.checkpoint.CheckpointFile;
import org.ganlab.engine.checkpoint.ConfigJson;
import org.ganlab.engine.export.GifExport;
import org.ganlab.engine.train.Samples;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;
import org.ganlab.engine.train.TrainingEvent.StepCompleted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs on their own threads: the folder they write, control from outside, resume, failures. */
class TrainingRunTest {

    @TempDir
    Path dir;

    /** 320 MNIST images in batches of 32: ten iterations an epoch. */
    private static TrainingConfig tiny(int epochs) {
        return TrainingConfig.defaults().withBatchSize(32).withSubset(320).withEpochs(epochs).withSnapshotEvery(4);
    }

    @Test
    void aRunWritesConfigMetricsSnapshotsGifAndCheckpoint() throws Exception {
        Path runDir = dir.resolve("run");
        EventRecorder events = new EventRecorder();
        TrainingRun run = TrainingRun.start(tiny(2), runDir, events);
        assertInstanceOf(TrainingEvent.RunFinished.class, events.awaitEnd());
        assertTrue(run.awaitTermination(Duration.ofSeconds(10)));

        assertEquals(tiny(2), ConfigJson.read(runDir.resolve(RunFolder.CONFIG)));
        List<String> metrics = Files.readAllLines(runDir.resolve(RunFolder.METRICS));
        assertEquals(RunFolder.METRICS_HEADER + RunFolder.QUALITY_COLUMNS + RunFolder.DOCTOR_COLUMNS, metrics.get(0));
        assertEquals(21, metrics.size(), "a header and one row per iteration");
        String[] snapshotRow = metrics.get(4).split(",", -1);
        String[] plainRow = metrics.get(5).split(",", -1);
        assertEquals("4", snapshotRow[0]);
        assertTrue(Double.parseDouble(snapshotRow[10]) > 0 && Double.parseDouble(snapshotRow[11]) > 0, metrics.get(4));
        assertTrue(Double.parseDouble(snapshotRow[12]) > 0, "a snapshot row has the diversity: " + metrics.get(4));
        assertEquals("", plainRow[12], "other rows leave it empty: " + metrics.get(5));
        int snapshots = events.all(TrainingEvent.SamplesGenerated.class).size();
        // iteration 0, every 4th, and each epoch end: 0,4,8,10,12,16,20
        assertEquals(7, snapshots);
        assertEquals(snapshots, RunFolder.snapshots(runDir).size());
        assertEquals(snapshots, GifExport.countFrames(runDir.resolve(RunFolder.GIF)), "one GIF frame per snapshot");
        assertEquals(0, GifExport.loopCount(runDir.resolve(RunFolder.GIF)), "the GIF loops forever");
        assertEquals(List.of(1, 2), events.all(TrainingEvent.CheckpointSaved.class).stream()
                .map(TrainingEvent.CheckpointSaved::epoch).toList());
        assertEquals(20, CheckpointFile.read(runDir.resolve(CheckpointFile.FILE_NAME)).state().iteration());
    }

    @Test
    void pauseHoldsTheIterationCountStepRunsOneResumeContinuesStopSaves() throws Exception {
        Path runDir = dir.resolve("run");
        EventRecorder events = new EventRecorder();
        TrainingRun run = TrainingRun.start(tiny(1000), runDir, events);
        events.await(StepCompleted.class, s -> s.iteration() >= 3);
        run.pause();
        events.await(TrainingEvent.Paused.class, p -> true);
        long paused = events.lastIteration();
        Thread.sleep(500);
        assertEquals(paused, events.lastIteration(), "no iteration while paused");
        assertTrue(run.isPaused());

        run.step();
        events.await(StepCompleted.class, s -> s.iteration() == paused + 1);
        Thread.sleep(300);
        assertEquals(paused + 1, events.lastIteration(), "step runs exactly one iteration");

        run.resume();
        events.await(StepCompleted.class, s -> s.iteration() >= paused + 5);
        run.stop();
        TrainingEvent end = events.awaitEnd();
        assertInstanceOf(TrainingEvent.Stopped.class, end);
        assertEquals(events.lastIteration(),
                CheckpointFile.read(runDir.resolve(CheckpointFile.FILE_NAME)).state().iteration(),
                "stop saves a checkpoint at the last iteration");
    }

    @Test
    void aContinuedRunMatchesAStraightRunExactly() throws Exception {
        Path straight = dir.resolve("straight");
        EventRecorder a = new EventRecorder();
        TrainingRun.start(tiny(2), straight, a);
        a.awaitEnd();

        Path interrupted = dir.resolve("interrupted");
        EventRecorder b = new EventRecorder();
        TrainingRun first = TrainingRun.start(tiny(2), interrupted, b);
        b.await(StepCompleted.class, s -> s.iteration() >= 7);
        first.stop();
        assertInstanceOf(TrainingEvent.Stopped.class, b.awaitEnd());
        first.awaitTermination(Duration.ofSeconds(10));

        EventRecorder c = new EventRecorder();
        TrainingRun.continueFrom(interrupted, 0, c);
        assertInstanceOf(TrainingEvent.RunFinished.class, c.awaitEnd());
        assertEquals(lossColumns(straight), lossColumns(interrupted));
    }

    /**
     * Each metrics row without its timing column (the 7th) and without the samples' change since
     * the previous snapshot (the last), which a continued run cannot know at its first snapshot.
     */
    private static List<String> lossColumns(Path runDir) throws Exception {
        return Files.readAllLines(runDir.resolve(RunFolder.METRICS)).stream().map(line -> {
            List<String> cells = new java.util.ArrayList<>(List.of(line.split(",", -1)));
            cells.remove(cells.size() - 1);
            cells.remove(6);
            return String.join(",", cells);
        }).toList();
    }

    @Test
    void nanLossStopsTheRunAndKeepsTheLastGoodCheckpoint() throws Exception {
        Path runDir = dir.resolve("run");
        EventRecorder events = new EventRecorder();
        TrainingRun run = TrainingRun.start(tiny(50), runDir, events);
        events.await(TrainingEvent.CheckpointSaved.class, c -> c.epoch() == 1);
        run.pause();
        events.await(TrainingEvent.Paused.class, p -> true);
        Path checkpoint = runDir.resolve(CheckpointFile.FILE_NAME);
        byte[] before = Files.readAllBytes(checkpoint);
        long savedAt = CheckpointFile.read(checkpoint).state().iteration();

        run.onTrainingThread(t -> t.model().discriminator().params().putScalar(0, Float.NaN)).get();
        run.resume();
        TrainingEvent end = events.awaitEnd();

        TrainingEvent.RunFailed failed = assertInstanceOf(TrainingEvent.RunFailed.class, end);
        assertTrue(failed.message().contains("NaN"), failed.message());
        assertTrue(failed.message().contains("checkpoint (iteration " + savedAt + ")"), failed.message());
        assertArrayEquals(before, Files.readAllBytes(checkpoint), "the good checkpoint is untouched");
    }

    @Test
    void liveChangesApplyAndStructuralChangesAreRefused() throws Exception {
        EventRecorder events = new EventRecorder();
        TrainingRun run = TrainingRun.start(tiny(1000), dir.resolve("run"), events);
        events.await(StepCompleted.class, s -> s.iteration() >= 2);
        run.update(run.config().withLearningRateG(1e-3).withDStepsPerGStep(2));
        TrainingEvent.ConfigChanged changed = events.await(TrainingEvent.ConfigChanged.class, c -> true);
        assertEquals(1e-3, changed.config().learningRateG());
        String refused = assertThrows(IllegalArgumentException.class,
                () -> run.update(run.config().withBatchSize(64))).getMessage();
        assertTrue(refused.contains("batch size") && refused.endsWith("need a new run"), refused);

        Path saved = run.saveCheckpoint().get();
        assertTrue(CheckpointFile.read(saved).state().iteration() >= 2, "saved while running");
        assertTrue(run.isAlive(), "saving does not stop the run");

        Samples samples = run.generate(new float[3 * 100], 3).get();
        assertEquals(3, samples.count());
        for (float v : samples.values()) {
            assertTrue(v >= -1 && v <= 1);
        }
        run.stop();
        events.awaitEnd();
    }

    @Test
    void aFolderThatHoldsARunIsNeverOverwritten() throws Exception {
        Path runDir = dir.resolve("run");
        Files.createDirectories(runDir);
        Files.writeString(runDir.resolve(RunFolder.CONFIG), "{\"precious\": true}");
        EventRecorder events = new EventRecorder();
        TrainingRun.start(tiny(1), runDir, events);
        TrainingEvent.RunFailed failed = assertInstanceOf(TrainingEvent.RunFailed.class, events.awaitEnd());
        assertTrue(failed.message().contains("already holds a run"), failed.message());
        assertEquals("{\"precious\": true}", Files.readString(runDir.resolve(RunFolder.CONFIG)));
    }
}
