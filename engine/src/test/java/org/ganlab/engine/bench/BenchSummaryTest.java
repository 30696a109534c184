package org.ganlab.engine.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary's arithmetic on fed numbers: ratios of adjacent pairs, their median, the goal verdict. */
class BenchSummaryTest {

    @Test
    void eachPairHasItsRatioAndTheRowTheirMedian() {
        BenchSummary summary = new BenchSummary();
        summary.add("mlp", 128, 40.0, 36.0);   // 1.111
        summary.add("mlp", 128, 42.0, 40.0);   // 1.05
        summary.add("mlp", 128, 44.0, 40.0);   // 1.10
        List<String> lines = summary.markdown().lines().toList();
        assertEquals("| model | batch | ours ms/iter | ms/image | torch ms/iter | ratio per pair | median ratio | goal | met? |",
                lines.get(0));
        // ms/image: the median of ours, 42, over 128 images
        assertEquals("| mlp | 128 | 40.00 / 42.00 / 44.00 | 0.328 | 36.00 / 40.00 / 40.00 | 1.11× / 1.05× / 1.10× | 1.10× | ≤ 0.8× | no |",
                lines.get(2));
    }

    @Test
    void aModelUnderItsGoalIsMetAndRowsKeepTheirOrder() {
        BenchSummary summary = new BenchSummary();
        summary.add("dcgan", 64, 100.0, 160.0);  // 0.625
        summary.add("mlp", 64, 30.0, 40.0);      // 0.75
        summary.add("dcgan", 64, 120.0, 150.0);  // 0.8: the median of two is their mean, 0.7125
        List<String> lines = summary.markdown().lines().toList();
        assertEquals(4, lines.size());
        assertEquals("| dcgan | 64 | 100.00 / 120.00 | 1.719 | 160.00 / 150.00 | 0.63× / 0.80× | 0.71× | ≤ 0.7× | no |", lines.get(2));
        assertEquals("| mlp | 64 | 30.00 | 0.469 | 40.00 | 0.75× | 0.75× | ≤ 0.8× | yes |", lines.get(3));
    }

    @Test
    void withoutAPeerTheTorchColumnsAreEmpty() {
        BenchSummary summary = new BenchSummary();
        summary.add("mlp", 128, 40.0, Double.NaN);
        String row = summary.markdown().lines().toList().get(2);
        assertEquals("| mlp | 128 | 40.00 | 0.313 | – | – | – | ≤ 0.8× | – |", row);
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(2.0, BenchSummary.median(List.of(3.0, 1.0, 2.0)));
        assertEquals(2.5, BenchSummary.median(List.of(4.0, 1.0, 2.0, 3.0)));
        assertTrue(Double.isNaN(BenchSummary.median(List.of())));
        assertTrue(Double.isNaN(BenchSummary.goal("cgan")), "issue 10 sets goals for mlp and dcgan only");
    }
}
