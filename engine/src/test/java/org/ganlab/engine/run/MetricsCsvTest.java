package org.ganlab.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganlab.engine.train.TrainingEvent.DiversityMeasured;
import org.ganlab.engine.train.TrainingEvent.MetricsComputed;
import org.ganlab.engine.train.TrainingEvent.StepCompleted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** metrics.csv rows follow the header they continue: new runs get every column, older runs keep theirs. */
class MetricsCsvTest {

    @TempDir
    Path dir;

    private List<String> write(String header) throws Exception {
        Path file = dir.resolve(RunFolder.METRICS);
        Files.writeString(file, header + "\n");
        try (MetricsCsv csv = new MetricsCsv(file)) {
            csv.append(new StepCompleted(1, 1, 1.4, 0.7, 0.5, 0.5, 10, 2.5, 0.25));
            csv.append(new StepCompleted(2, 1, 1.3, 0.8, 0.6, 0.4, 10, 2.0, Double.NaN));
            csv.append(new MetricsComputed(2, 1, 30.5, 9, 7.25, new double[10], false));
            csv.append(new DiversityMeasured(2, 4.0, 8.0, 0, 0, 0.125));
        }
        return Files.readAllLines(file);
    }

    @Test
    void aNewRunHasTheNormsOnEveryRowAndTheDiversityOnSnapshotRows() throws Exception {
        List<String> rows = write(MetricsCsv.HEADER);
        assertEquals("1,1,1.400000,0.700000,0.500000,0.500000,10.000,,,,2.50000,0.250000,,,", rows.get(1));
        assertEquals("2,1,1.300000,0.800000,0.600000,0.400000,10.000,30.5000,9,7.2500,2.00000,,0.500000,,0.125000", rows.get(2));

        MetricsFile table = MetricsFile.read(dir.resolve(RunFolder.METRICS));
        assertEquals(0.25, table.column(MetricsFile.GRAD_NORM_G)[0], 1e-9);
        assertEquals(0.5, table.column(MetricsFile.DIVERSITY)[1], 1e-9);
        assertEquals(30.5, table.column(MetricsFile.FID)[1], 1e-9);
    }

    @Test
    void anOlderRunContinuedKeepsItsSevenColumns() throws Exception {
        List<String> rows = write(RunFolder.METRICS_HEADER);
        assertEquals(List.of(RunFolder.METRICS_HEADER, "1,1,1.400000,0.700000,0.500000,0.500000,10.000",
                "2,1,1.300000,0.800000,0.600000,0.400000,10.000"), rows);
    }

    @Test
    void anOlderRunWithQualityColumnsKeepsThem() throws Exception {
        List<String> rows = write(RunFolder.METRICS_HEADER + RunFolder.QUALITY_COLUMNS);
        assertEquals("1,1,1.400000,0.700000,0.500000,0.500000,10.000,,,", rows.get(1));
        assertEquals("2,1,1.300000,0.800000,0.600000,0.400000,10.000,30.5000,9,7.2500", rows.get(2));
    }
}
