package org.ganlab.engine.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.AdamUpdater;

/**
 * Adam over a network's flat parameters: one native update op per step for the whole network.
 * Learning rate and betas may change between steps (live hyperparameters); the moment
 * estimates and the step count carry over, and are what a checkpoint saves.
 */
public final class Adam {

    private static final double EPSILON = 1e-8;

    private final Network network;
    private final org.nd4j.linalg.learning.config.Adam config;
    private final AdamUpdater updater;
    private final INDArray moments;
    private int steps;

    public Adam(Network network, double learningRate, double beta1, double beta2) {
        this.network = network;
        this.config = new org.nd4j.linalg.learning.config.Adam(learningRate, beta1, beta2, EPSILON);
        this.updater = new AdamUpdater(config);
        this.moments = Nd4j.create(DataType.FLOAT, 1, 2 * network.paramCount());
        updater.setStateViewArray(moments, network.params().shape(), 'c', true);
    }

    public void setHyperparameters(double learningRate, double beta1, double beta2) {
        config.setLearningRate(learningRate);
        config.setBeta1(beta1);
        config.setBeta2(beta2);
    }

    /** Applies the network's accumulated gradients (and consumes them: they become the update). */
    public void step() {
        INDArray update = network.gradients();
        updater.applyUpdater(update, steps, 0);
        network.params().subi(update);
        steps++;
    }

    /** First and second moment estimates, {@code [1, 2n]}: checkpointed with the step count. */
    public INDArray moments() {
        return moments;
    }

    public int steps() {
        return steps;
    }

    public void restore(INDArray savedMoments, int savedSteps) {
        moments.assign(savedMoments);
        steps = savedSteps;
    }
}
