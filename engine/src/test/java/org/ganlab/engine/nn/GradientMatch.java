package org.ganlab.engine.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleSupplier;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Central finite differences against an analytic gradient, with a proper relative error:
 * |a − n| / max(|a| + |n|, floor). The old form, error / max(1, |n|), became absolute for small
 * gradients and so let a gradient of 1e-4 be off by 100%.
 */
public final class GradientMatch {

    /**
     * The demanded bound, ten times tighter than 1e-3. In double, non-zero gradients agree to
     * about 2.5e-7; the bound is set by gradients that are exactly zero (a bias feeding BatchNorm),
     * whose numeric value is round-off of about 1e-11 in a loss of order 1, i.e. 2e-5 against the floor.
     */
    public static final double TOLERANCE = 1e-4;
    /** Below this |a| + |n| a gradient counts as zero and the error becomes absolute. */
    public static final double FLOOR = 1e-6;
    /** Small against the inputs' and weights' spread; kinks are handled by {@link KinkWatch}. */
    public static final double STEP = 1e-4;

    private GradientMatch() {
    }

    /**
     * Perturbs every value of {@code values} (a double array) by ±{@link #STEP} and compares. A
     * coordinate whose perturbation flips the sign of a pre-activation that a {@link KinkWatch}
     * sees is skipped: its difference straddles a kink. At most a tenth may be skipped, or the
     * check would test little.
     */
    public static void assertMatches(String what, INDArray values, INDArray analytic, KinkWatch[] kinks, DoubleSupplier loss) {
        INDArray flat = values.reshape(values.length());
        INDArray grads = analytic.reshape(analytic.length());
        loss.getAsDouble();
        boolean[][] signs = KinkWatch.snapshot(kinks);
        double worst = 0;
        int skipped = 0;
        String detail = "";
        for (int i = 0; i < flat.length(); i++) {
            double original = flat.getDouble(i);
            flat.putScalar(i, original + STEP);
            double plus = loss.getAsDouble();
            boolean kinked = KinkWatch.changed(kinks, signs);
            flat.putScalar(i, original - STEP);
            double minus = loss.getAsDouble();
            kinked |= KinkWatch.changed(kinks, signs);
            flat.putScalar(i, original);
            if (kinked) {
                skipped++;
                continue;
            }
            double numeric = (plus - minus) / (2 * STEP);
            double a = grads.getDouble(i);
            double error = Math.abs(a - numeric) / Math.max(Math.abs(a) + Math.abs(numeric), FLOOR);
            if (error > worst) {
                worst = error;
                detail = " at " + i + ": numeric " + numeric + ", analytic " + a;
            }
        }
        assertTrue(skipped <= flat.length() / 10, skipped + " of " + flat.length() + " " + what + " values sit at a kink");
        assertTrue(worst <= TOLERANCE, "worst relative " + what + " gradient error " + worst + detail);
    }

    /**
     * Equal to within {@code tolerance} of the expected array's largest magnitude: two float
     * routes that add in another order.
     */
    public static void assertClose(INDArray expected, INDArray actual, double tolerance, String what) {
        double scale = Math.max(1e-6, expected.amaxNumber().doubleValue());
        double worst = expected.castTo(DataType.DOUBLE).sub(actual.castTo(DataType.DOUBLE)).amaxNumber().doubleValue();
        assertTrue(worst <= tolerance * scale, what + ": off by " + worst + " against a largest value of " + scale);
    }
}
