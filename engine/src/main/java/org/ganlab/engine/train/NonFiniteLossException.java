package org.ganlab.engine.train;

/** A loss became NaN or infinite: training must stop before the bad update spreads. */
public final class NonFiniteLossException extends Exception {

    public NonFiniteLossException(String message) {
        super(message);
    }

    static void check(String network, double loss, long iteration) throws NonFiniteLossException {
        if (!Double.isFinite(loss)) {
            throw new NonFiniteLossException(network + " loss became " + loss + " at iteration "
                    + iteration + ": training diverged (try a lower learning rate)");
        }
    }
}
