package org.ganlab.engine.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.ganlab.engine.data.ImageDataset;
import org.ganlab.engine.metrics.QualityMetrics;

/** Training sets of a few digits, and what the engine's MNIST classifier says G draws. */
final class DigitSubsets {

    private DigitSubsets() {
    }

    /** The images of some digits, labels kept (so the model still has ten classes). */
    static ImageDataset only(ImageDataset mnist, int... digits) {
        return subset(mnist, digits, false);
    }

    /**
     * The images of some digits, relabelled 0..k-1 in the order given, so that the model has
     * exactly these k classes. Kept as ten classes, G is asked for absent digits seven times in
     * ten, which D always rejects; the conditional DCGAN then drew sevens whatever it was asked for.
     */
    static ImageDataset asClasses(ImageDataset mnist, int... digits) {
        return subset(mnist, digits, true);
    }

    private static ImageDataset subset(ImageDataset mnist, int[] digits, boolean relabel) {
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        ByteArrayOutputStream labels = new ByteArrayOutputStream();
        int count = 0;
        for (int i = 0; i < mnist.count(); i++) {
            int label = mnist.label(i);
            int index = indexOf(digits, label);
            if (index >= 0) {
                for (int p = 0; p < mnist.pixelsPerImage(); p++) {
                    pixels.write(mnist.pixel(i, p));
                }
                labels.write(relabel ? index : label);
                count++;
            }
        }
        return new ImageDataset(Arrays.toString(digits), count, 1, 28, 28, pixels.toByteArray(), labels.toByteArray(),
                relabel ? digits.length : mnist.classCount());
    }

    static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /**
     * For each j, the share of 100 images drawn for label {@code labels[j]} (noise seeded by the
     * label) that the classifier reads as {@code digits[j]}.
     */
    static double[] sharesOfRequestedDigit(GanTrainer trainer, QualityMetrics classifier, int[] labels, int[] digits) {
        double[] shares = new double[labels.length];
        for (int j = 0; j < labels.length; j++) {
            int[] requested = new int[100];
            Arrays.fill(requested, labels[j]);
            Samples drawn = trainer.generate(Noise.gaussian(labels[j], 100, 100), requested, 100);
            shares[j] = classifier.evaluate(drawn).classShares()[digits[j]];
        }
        return shares;
    }

    /**
     * The learning tests' verdict, per class: an untrained G draws fewer than 30% of {@code digits[j]}
     * when asked for it (chance is about 10%: the classifier chooses among all ten digits), and the
     * trained one at least 60%.
     */
    static void assertEveryClassDrawn(int[] digits, double[] before, double[] after) {
        for (int j = 0; j < digits.length; j++) {
            assertTrue(before[j] < 0.3, "an untrained G should not draw " + digits[j] + "s already: " + Arrays.toString(before));
            assertTrue(after[j] >= 0.6, "share of " + digits[j] + "s among images drawn for " + digits[j] + ": "
                    + Arrays.toString(after));
        }
    }
}
