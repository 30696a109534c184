package org.ganlab.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;
import org.ganlab.engine.train.TrainingEvent.StepCompleted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code changes.csv}: live changes recorded as they apply, read back, trimmed on continue. */
class ChangeLogTest {

    @TempDir
    Path dir;

    /** A small 2-D run that trains far longer than the test lets it. */
    private static TrainingConfig toy() {
        return TrainingConfig.defaults().withDataset("ring8").withModel("mlp2d").withHiddenUnits(16)
                .withBatchSize(32).withIterations(100_000).withSnapshotEvery(1000);
    }

    @Test
    void aLiveChangeIsWrittenToTheRunFolderAtTheIterationItApplies() throws Exception {
        Path runDir = dir.resolve("run");
        EventRecorder events = new EventRecorder();
        TrainingRun run = TrainingRun.start(toy(), runDir, events);
        events.await(StepCompleted.class, s -> s.iteration() >= 2);
        run.pause();
        events.await(TrainingEvent.Paused.class, p -> true);
        long paused = events.lastIteration();

        run.update(run.config().withLearningRateG(2e-3).withDStepsPerGStep(2));
        run.step();
        TrainingEvent.ConfigChanged changed = events.await(TrainingEvent.ConfigChanged.class, c -> true);
        run.stop();
        events.awaitEnd();
        run.awaitTermination(Duration.ofSeconds(10));

        assertEquals(paused, changed.iteration());
        assertEquals(List.of(ChangeLog.HEADER, paused + ",learningRateG,2.0E-4,0.002", paused + ",dStepsPerGStep,1,2"),
                Files.readAllLines(runDir.resolve(ChangeLog.FILE)));
        assertEquals(List.of(new ConfigChange(paused, "learningRateG", "2.0E-4", "0.002"),
                new ConfigChange(paused, "dStepsPerGStep", "1", "2")), ChangeLog.read(runDir));
    }

    @Test
    void aRunWithoutChangesHasNone() throws Exception {
        assertEquals(List.of(), ChangeLog.read(dir));
        ChangeLog.create(dir).record(5, toy(), toy());
        assertTrue(Files.notExists(dir.resolve(ChangeLog.FILE)), "no file for no change");
    }

    @Test
    void aTornLastLineIsSkippedAndAMalformedLineIsNamed() throws Exception {
        Files.writeString(dir.resolve(ChangeLog.FILE), ChangeLog.HEADER + "\n10,learningRateG,2.0E-4,0.002\n20,learningRateD,2.0E-4,1.0E");
        assertEquals(List.of(new ConfigChange(10, "learningRateG", "2.0E-4", "0.002")), ChangeLog.read(dir));

        Files.writeString(dir.resolve(ChangeLog.FILE), ChangeLog.HEADER + "\nten,learningRateG,2.0E-4,0.002\n20,epochs,5,6\n");
        IOException e = assertThrows(IOException.class, () -> ChangeLog.read(dir));
        assertTrue(e.getMessage().contains(ChangeLog.FILE + " line 2: expected iteration,field,old,new"), e.getMessage());
    }

    @Test
    void continuingFromACheckpointDropsTheChangesAfterIt() throws Exception {
        ChangeLog log = ChangeLog.create(dir);
        log.record(10, toy(), toy().withLearningRateG(1e-3));
        log.record(30, toy().withLearningRateG(1e-3), toy().withLearningRateG(1e-3).withEpochs(40));
        Files.writeString(dir.resolve(ChangeLog.FILE), "40,learningRateD,2.0E-4,1.0E", java.nio.file.StandardOpenOption.APPEND);

        ChangeLog.continued(dir, 20).record(25, toy(), toy().withLabelSmoothing(0.1));
        assertEquals(List.of(new ConfigChange(10, "learningRateG", "2.0E-4", "0.001"),
                new ConfigChange(25, "labelSmoothing", "0.0", "0.1")), ChangeLog.read(dir));
    }
}
