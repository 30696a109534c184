package org.ganlab.engine.metrics;

import org.ganlab.engine.loss.ClassCrossEntropy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The metric formulas against values worked out by hand. */
class FormulaTest {

    @Test
    void frechetDistanceOfOneDimensionalGaussiansIsMeanGapSquaredPlusStdGapSquared() {
        // N(1, 4) vs N(4, 1): (1-4)^2 + (2-1)^2 = 10
        FeatureStatistics a = new FeatureStatistics(new double[] {1}, new double[][] {{4}}, 100);
        FeatureStatistics b = new FeatureStatistics(new double[] {4}, new double[][] {{1}}, 100);

        assertEquals(10, FrechetDistance.between(a, b), 1e-9);
    }

    @Test
    void frechetDistanceOfCommutingCovariancesSumsPerAxis() {
        // diagonal covariances: sum over axes of (sqrt(a) - sqrt(b))^2, plus the mean gap
        FeatureStatistics a = new FeatureStatistics(new double[] {0, 0}, new double[][] {{9, 0}, {0, 1}}, 10);
        FeatureStatistics b = new FeatureStatistics(new double[] {1, 1}, new double[][] {{1, 0}, {0, 16}}, 10);

        assertEquals(2 + 4 + 9, FrechetDistance.between(a, b), 1e-9);
    }

    @Test
    void frechetDistanceOfAGaussianToItselfIsZero() {
        double[][] cov = {{2, 0.5, 0.1}, {0.5, 1, 0.2}, {0.1, 0.2, 3}};
        FeatureStatistics a = new FeatureStatistics(new double[] {1, 2, 3}, cov, 10);

        assertEquals(0, FrechetDistance.between(a, a), 1e-9);
    }

    @Test
    void featureStatisticsUseTheUnbiasedCovariance() {
        FeatureStatistics s = FeatureStatistics.of(new double[][] {{1, 2}, {3, 2}, {5, 8}});

        assertArrayEquals(new double[] {3, 4}, s.mean(), 1e-12);
        assertEquals(4, s.covariance()[0][0], 1e-12); // (4 + 0 + 4) / 2
        assertEquals(6, s.covariance()[0][1], 1e-12); // (4 + 0 + 8) / 2
        assertEquals(12, s.covariance()[1][1], 1e-12); // (4 + 4 + 16) / 2
    }

    @Test
    void coverageCountsClassesAtTwoPercentAndFlagsCollapse() {
        int[] predictions = new int[100];
        for (int i = 0; i < 100; i++) {
            predictions[i] = i < 2 ? 9 : i < 3 ? 8 : i % 7; // 9 at 2%, 8 at 1%, 0..6 the rest
        }
        ClassCoverage c = ClassCoverage.of(predictions, 10);

        assertEquals(8, c.covered(), "0..6 and 9; 8 (1%) and 7 (0%) are missing");
        assertFalse(c.collapsed());
        assertEquals(0.02, c.shares()[9], 1e-12);

        int[] mostlyOne = new int[100];
        for (int i = 0; i < 100; i++) {
            mostlyOne[i] = i < 51 ? 4 : i % 10;
        }
        assertTrue(ClassCoverage.of(mostlyOne, 10).collapsed(), "one class above half");
        assertTrue(ClassCoverage.of(new int[] {0, 1, 2, 3, 4}, 10).collapsed(), "five of ten classes");
    }

    @Test
    void classifierScoreRangesFromOneToTheClassCount() {
        double[][] confidentAndBalanced = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}};
        double[][] allAlike = {{0.7, 0.1, 0.1, 0.1}, {0.7, 0.1, 0.1, 0.1}};

        assertEquals(4, ClassifierScore.of(confidentAndBalanced), 1e-9);
        assertEquals(1, ClassifierScore.of(allAlike), 1e-9);
    }

    @Test
    void softmaxCrossEntropyMatchesHandValues() {
        // logits (0, ln 3): p = (1/4, 3/4); label 1 -> loss -ln(3/4); gradient (p - onehot) / n
        float[] logits = {0f, (float) Math.log(3)};
        float[] grad = new float[2];

        double loss = ClassCrossEntropy.apply(logits, 2, new int[] {1}, grad);

        assertEquals(-Math.log(0.75), loss, 1e-6);
        assertArrayEquals(new float[] {0.25f, -0.25f}, grad, 1e-6f);
    }
}
