package org.ganlab.engine.train;

import org.ganlab.engine.nn.Optimizer;
import org.ganlab.engine.nn.Network;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One network's weights, non-trained state and optimiser state, copied out of ND4J.
 *
 * @param params    the flat parameters
 * @param state     BatchNorm running statistics (may be a single unused value)
 * @param moments   the optimiser's state: Adam's two moments ({@code 2 * params.length}) or RMSProp's one
 * @param adamSteps the optimiser's step count (for Adam's bias correction)
 */
public record NetworkState(float[] params, float[] state, float[] moments, int adamSteps) {

    static NetworkState of(Network network, Optimizer optimizer) {
        return new NetworkState(network.params().toFloatVector(), network.state().toFloatVector(),
                optimizer.state().toFloatVector(), optimizer.steps());
    }

    void restoreInto(Network network, Optimizer optimizer) {
        restoreWeightsInto(network);
        require("optimiser values", moments.length, optimizer.state().length());
        optimizer.restore(Nd4j.createFromArray(moments).reshape(optimizer.state().shape()), adamSteps);
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
