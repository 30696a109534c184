package org.ganlab.engine.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one reader of metrics.csv: new and old headers, empty quality cells, torn and damaged rows. */
class MetricsFileTest {

    @TempDir
    Path dir;

    private MetricsFile read(String text) throws IOException {
        return MetricsFile.read(Files.writeString(dir.resolve(RunFolder.METRICS), text));
    }

    @Test
    void readsTheQualityColumnsWithEmptyCellsAsNaN() throws IOException {
        MetricsFile m = read(RunFolder.METRICS_HEADER + RunFolder.QUALITY_COLUMNS + "\n"
                + "1,0,1.3,0.7,0.6,0.4,20,,,\n2,0,1.2,0.8,0.5,0.5,30,41.5,9,7.25\n");

        assertEquals(2, m.rows());
        assertArrayEquals(new double[] {Double.NaN, 41.5}, m.column(MetricsFile.FID));
        assertEquals(9, m.value(MetricsFile.COVERAGE, 1));
        assertTrue(m.hasValues(MetricsFile.SCORE));
        assertArrayEquals(new double[] {0.02, 0.05}, m.elapsedSeconds(), 1e-12);
        assertEquals(2, m.lastIteration());
    }

    @Test
    void anOlderFileWithMillisAndNoQualityColumnsReads() throws IOException {
        MetricsFile m = read("iteration,epoch,d_loss,g_loss,d_real,d_fake,millis\n1,0,1.3,0.7,0.5,0.5,60000\n");

        assertEquals(60000, m.value(MetricsFile.MILLIS, 0), "millis is read as ms");
        assertFalse(m.has(MetricsFile.FID));
        assertTrue(Double.isNaN(m.value(MetricsFile.FID, 0)));
    }

    @Test
    void aTornLastLineAndADamagedRowAreLeftOut() throws IOException {
        String header = RunFolder.METRICS_HEADER;
        MetricsFile m = read(header + "\n1,0,1.3,0.7,0.6,0.4,20\n2,0,1.3,x,0.6,0.4,20\n3,0,1.3,0.7,0.6,0.4,20\n4,0,1.3,0.7,0.6,0.4,2");

        assertEquals(List.of("1,0,1.3,0.7,0.6,0.4,20", "3,0,1.3,0.7,0.6,0.4,20"), m.lines(),
                "row 4 has all its cells but no newline: it was being written");
        assertEquals(1, m.skipped());
        assertEquals(header, m.header());
    }

    @Test
    void aMissingFileHasNoRowsAndAWrongHeaderIsNamed() throws IOException {
        assertEquals(0, MetricsFile.read(dir.resolve("none.csv")).rows());

        IOException e = assertThrows(IOException.class, () -> read("d_loss,g_loss\n1,2\n"));
        assertEquals("metrics.csv: expected a header starting with 'iteration'", e.getMessage());
    }
}
