package org.ganlab.engine.nn;

import java.nio.FloatBuffer;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Adam's step over a float network's flat arrays in one pass over memory: for each parameter it
 * reads the gradient, both running averages and the parameter, writes them back, and leaves the
 * gradient zeroed for the next step's accumulation, adding up the gradient's squared norm on the
 * way (the training doctor's signal).
 *
 * <p>The native route took five passes of its own (the doctor's {@code norm2}, {@code adam_updater}
 * writing an update array, subtracting it, zeroing the gradients before the next backward pass)
 * over arrays far larger than the caches: 9–15 ms of a 45 ms MLP step on this machine's memory,
 * against 2–5 ms here. The arithmetic is libnd4j's {@code adam_updater} (its state layout and bias
 * correction, the averages rounded as its compiled loop rounds them, with fused multiply-adds), so
 * a run takes the same path it took on the native updater.
 *
 * <p>The sum of squares is taken in double over fixed chunks and added in chunk order, so the norm
 * does not depend on how many threads did the work.
 */
final class FusedAdam {

    /** Parameters per chunk: a unit of work for one thread, large enough to amortise handing it out. */
    static final int CHUNK = 1 << 16;

    private FusedAdam() {
    }

    /**
     * One step on {@code params} from {@code grads}, with the averages {@code state} = [m | v].
     *
     * @param iteration the number of steps taken before this one (Adam's t − 1)
     * @param threads   how many threads may share the work (the run's ND4J thread count)
     * @return the L2 norm of the gradient that was applied
     */
    static double step(INDArray params, INDArray grads, INDArray state, int iteration,
            double learningRate, double beta1, double beta2, double epsilon, int threads) {
        int n = (int) params.length();
        FloatBuffer p = NativeFloats.of(params);
        FloatBuffer g = NativeFloats.of(grads);
        FloatBuffer m = NativeFloats.of(state);
        FloatBuffer v = NativeFloats.of(state).position(n).slice();
        Coefficients c = new Coefficients(learningRate, beta1, beta2, epsilon, iteration);
        int chunks = (n + CHUNK - 1) / CHUNK;
        double[] squares = new double[chunks];
        IntStream work = IntStream.range(0, chunks);
        (threads > 1 && chunks > 1 ? work.parallel() : work).forEach(chunk -> {
            int from = chunk * CHUNK;
            squares[chunk] = update(p, g, m, v, from, Math.min(n, from + CHUNK), c);
        });
        double sum = 0;
        for (double s : squares) {
            sum += s;
        }
        return Math.sqrt(sum);
    }

    /** Adam's constants for one step, in float as libnd4j computes them for a float network. */
    private record Coefficients(float beta1, float beta2, float oneMinusBeta1, float oneMinusBeta2,
            float stepSize, float epsilon) {

        Coefficients(double lr, double b1, double b2, double eps, int iteration) {
            this((float) b1, (float) b2, 1 - (float) b1, 1 - (float) b2, stepSize(lr, b1, b2, eps, iteration),
                    (float) eps);
        }

        /** lr·√(1 − β₂ᵗ) / (1 − β₁ᵗ), the bias-corrected step; ε when that is not a finite, non-zero number. */
        private static float stepSize(double lr, double b1, double b2, double eps, int iteration) {
            float beta1T = (float) Math.pow((float) b1, iteration + 1);
            float beta2T = (float) Math.pow((float) b2, iteration + 1);
            float size = (float) ((float) lr * (float) Math.sqrt((float) (1.0 - beta2T)) / (1.0 - beta1T));
            return Float.isNaN(size) || Float.isInfinite(size) || size == 0 ? (float) eps : size;
        }
    }

    private static double update(FloatBuffer p, FloatBuffer g, FloatBuffer m, FloatBuffer v, int from, int to,
            Coefficients c) {
        double squares = 0;
        for (int i = from; i < to; i++) {
            float gi = g.get(i);
            squares += gi * gi;
            float mi = Math.fma(c.beta1(), m.get(i), gi * c.oneMinusBeta1());
            float vi = Math.fma(c.beta2(), v.get(i), gi * gi * c.oneMinusBeta2());
            m.put(i, mi);
            v.put(i, vi);
            p.put(i, p.get(i) - (mi * c.stepSize()) / ((float) Math.sqrt(vi) + c.epsilon()));
            g.put(i, 0f);
        }
        return squares;
    }

    /** Whether an array can be updated here: float, dense, not a view into a larger buffer. */
    static boolean supports(INDArray array) {
        return array.dataType() == org.nd4j.linalg.api.buffer.DataType.FLOAT && !array.isView()
                && array.length() == array.data().length();
    }
}
