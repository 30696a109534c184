package org.ganlab.engine.run;

/**
 * What a resumed run says when it trains on another thread count than its checkpoint was saved
 * with. Same seed and same thread count continue bit-identically; another count may change the
 * order in which multi-threaded ops add (oneDNN's weight gradients of a convolution split their
 * sums by thread; its matrix products on the mlp's shapes do not), and then the continuation
 * drifts from an uninterrupted run by rounding and then by training (engine
 * ThreadCountResumeTest, docs/BENCHMARKS.md).
 */
final class ThreadCountWarning {

    private ThreadCountWarning() {
    }

    /** The warning, or null when the counts agree or the checkpoint (an older one) did not record its count. */
    static String onResume(int saved, int now) {
        if (saved <= 0 || saved == now) {
            return null;
        }
        return "this run was saved training on " + threads(saved) + " and continues on " + threads(now)
                + ": on another thread count some sums may add in another order, so from here it may not be"
                + " bit-identical to an uninterrupted run (same seed, same thread count would be)";
    }

    private static String threads(int n) {
        return n + (n == 1 ? " thread" : " threads");
    }
}
