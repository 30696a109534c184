package org.ganlab.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;
import org.ganlab.engine.train.TrainingEvent.MetricsComputed;
import org.ganlab.engine.data.TemporaryUserCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code metricsEvery}: events at the due epoch ends and the extra metrics.csv columns. */
class MetricsEveryTest {

    @RegisterExtension
    final TemporaryUserCache cacheSetting = TemporaryUserCache.at(Paths.get("target", "test-cache"));

    @TempDir
    Path dir;



    @Test
    void everySecondEpochAddsFiguresToItsLastRow() throws Exception {
        // 320 images in batches of 32: ten iterations an epoch, metrics after epochs 2 and 4
        TrainingConfig config = TrainingConfig.defaults().withBatchSize(32).withSubset(320).withEpochs(4)
                .withSnapshotEvery(100).withMetricsEvery(2);
        EventRecorder events = new EventRecorder();
        TrainingRun.start(config, dir.resolve("run"), events);
        assertInstanceOf(TrainingEvent.RunFinished.class, events.awaitEnd());

        List<MetricsComputed> computed = events.all(MetricsComputed.class);
        assertEquals(List.of(20L, 40L), computed.stream().map(MetricsComputed::iteration).toList());
        assertEquals(10, computed.get(0).classShares().length);
        List<String> rows = Files.readAllLines(dir.resolve("run").resolve(RunFolder.METRICS));
        assertEquals(RunFolder.METRICS_HEADER + ",fid,coverage,score" + RunFolder.DOCTOR_COLUMNS, rows.get(0));
        assertEquals(41, rows.size());
        assertTrue(rows.get(19).matches("19,2,[^,]+,[^,]+,[^,]+,[^,]+,[^,]+,,,,.*"), rows.get(19));
        assertTrue(rows.get(20).matches("20,2,[^,]+,[^,]+,[^,]+,[^,]+,[^,]+,[0-9.]+,\\d+,[0-9.]+,.*"), rows.get(20));
        assertEquals(15, rows.get(20).split(",", -1).length);
    }

    @Test
    void withoutMetricsTheQualityCellsStayEmpty() throws Exception {
        TrainingConfig config = TrainingConfig.defaults().withBatchSize(32).withSubset(64).withEpochs(1);
        EventRecorder events = new EventRecorder();
        TrainingRun.start(config, dir.resolve("plain"), events);
        events.awaitEnd();

        List<String> rows = Files.readAllLines(dir.resolve("plain").resolve(RunFolder.METRICS));
        assertEquals(RunFolder.METRICS_HEADER + RunFolder.QUALITY_COLUMNS + RunFolder.DOCTOR_COLUMNS, rows.get(0));
        String[] cells = rows.get(1).split(",", -1);
        assertEquals(15, cells.length);
        assertEquals(List.of("", "", ""), List.of(cells[7], cells[8], cells[9]));
        assertEquals(List.of(), events.all(MetricsComputed.class));
    }
}
