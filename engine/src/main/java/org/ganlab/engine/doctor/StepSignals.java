package org.ganlab.engine.doctor;

import org.ganlab.engine.train.TrainingEvent.StepCompleted;

/**
 * What the doctor remembers of the step stream: the mean of each signal over the last
 * {@value #WINDOW} iterations, the means of consecutive blocks of {@value #BLOCK} iterations (for
 * swings), and G's early gradient norm (iterations {@value #EARLY_FROM} to {@value #EARLY_TO}
 * after the first one seen, so a continued run has one too), the level a vanishing gradient is
 * measured against. Adding a step is a handful of additions.
 */
final class StepSignals {

    static final int WINDOW = 100;
    static final int BLOCK = 50;
    static final int BLOCKS = 8;
    static final long EARLY_FROM = 20;
    static final long EARLY_TO = 220;

    final Window dReal = new Window(WINDOW);
    final Window dFake = new Window(WINDOW);
    final Window dLoss = new Window(WINDOW);
    final Window gLoss = new Window(WINDOW);
    final Window gradNormD = new Window(WINDOW);
    final Window gradNormG = new Window(WINDOW);
    /** Means of the last {@value #BLOCKS} whole blocks of G's and D's loss. */
    final Window gLossBlocks = new Window(BLOCKS);
    final Window dLossBlocks = new Window(BLOCKS);
    /** Means of D(x) − D(G(z)) over the last 4 whole blocks, for whether D's lead is shrinking. */
    final Window gapBlocks = new Window(4);
    private final Window gapBlock = new Window(BLOCK);
    private final Window gBlock = new Window(BLOCK);
    private final Window dBlock = new Window(BLOCK);
    private final Window earlyGradG = new Window((int) (EARLY_TO - EARLY_FROM));
    private final Window earlyDLoss = new Window((int) (EARLY_TO - EARLY_FROM));
    private long first = -1;
    private long last;

    void add(StepCompleted s) {
        last = s.iteration();
        first = first < 0 ? last : first;
        dReal.add(s.dReal());
        dFake.add(s.dFake());
        dLoss.add(s.dLoss());
        gLoss.add(s.gLoss());
        gradNormD.add(s.gradNormD());
        gradNormG.add(s.gradNormG());
        if (last - first >= EARLY_FROM && last - first < EARLY_TO) {
            earlyGradG.add(s.gradNormG());
            earlyDLoss.add(Math.abs(s.dLoss()));
        }
        gBlock.add(s.gLoss());
        dBlock.add(s.dLoss());
        gapBlock.add(s.dReal() - s.dFake());
        if (s.iteration() % BLOCK == 0) {
            gLossBlocks.add(gBlock.mean());
            dLossBlocks.add(dBlock.mean());
            gapBlocks.add(gapBlock.mean());
            gBlock.clear();
            dBlock.clear();
            gapBlock.clear();
        }
    }

    /**
     * How much D's lead D(x) − D(G(z)) grew over the last 100 iterations against the 100 before
     * (negative while G catches up); 0 until four blocks have passed.
     */
    double gapTrend() {
        if (!gapBlocks.full()) {
            return 0;
        }
        return (gapBlocks.get(2) + gapBlocks.get(3) - gapBlocks.get(0) - gapBlocks.get(1)) / 2;
    }

    /** The latest iteration added. */
    long iteration() {
        return last;
    }

    /** The mean size of D's loss over the early iterations (a critic's scale); NaN until they have passed. */
    double earlyDLossSize() {
        return first >= 0 && last - first >= EARLY_TO && earlyDLoss.count() > 0 ? earlyDLoss.mean() : Double.NaN;
    }

    /** G's mean gradient norm over its early iterations; NaN until they have passed (or without norms). */
    double earlyGradNormG() {
        return first >= 0 && last - first >= EARLY_TO && earlyGradG.count() > 0 ? earlyGradG.mean() : Double.NaN;
    }
}
