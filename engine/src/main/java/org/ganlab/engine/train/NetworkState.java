package org.ganlab.engine.train;

import org.ganlab.engine.nn.Adam;
import org.ganlab.engine.nn.Network;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One network's weights, non-trained state and optimiser state, copied out of ND4J.
 *
 * @param params    the flat parameters
 * @param state     BatchNorm running statistics (may be a single unused value)
 * @param moments   Adam's first and second moments, {@code 2 * params.length}
 * @param adamSteps Adam's step count (for its bias correction)
 */
public record NetworkState(float[] params, float[] state, float[] moments, int adamSteps) {

    static NetworkState of(Network network, Adam adam) {
        return new NetworkState(network.params().toFloatVector(), network.state().toFloatVector(),
                adam.moments().toFloatVector(), adam.steps());
    }

    void restoreInto(Network network, Adam adam) {
        restoreWeightsInto(network);
        require("optimiser values", moments.length, adam.moments().length());
        adam.restore(Nd4j.createFromArray(moments).reshape(adam.moments().shape()), adamSteps);
    }

    /** Restores weights and running statistics only: enough to sample from a generator. */
    public void restoreWeightsInto(Network network) {
        require("parameters", params.length, network.params().length());
        require("state values", state.length, network.state().length());
        network.params().assign(Nd4j.createFromArray(params).reshape(network.params().shape()));
        network.state().assign(Nd4j.createFromArray(state).reshape(network.state().shape()));
    }

    private static void require(String what, long saved, long expected) {
        if (saved != expected) {
            throw new IllegalArgumentException("checkpoint holds " + saved + " " + what
                    + " but the model has " + expected + ": it belongs to another architecture");
        }
    }
}
