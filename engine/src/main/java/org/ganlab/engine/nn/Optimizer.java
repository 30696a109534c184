package org.ganlab.engine.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.RmsPropUpdater;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.RmsProp;

/**
 * A network's optimiser over its flat parameters: one native update op per step for the whole
 * network (ND4J's Adam or RMSProp updater). Learning rate and betas may change between steps
 * (live hyperparameters); the optimiser's state and step count carry over and are what a
 * checkpoint saves.
 */
public final class Optimizer {

    private static final double EPSILON = 1e-8;
    /** PyTorch's RMSprop default smoothing constant. */
    private static final double RMS_DECAY = 0.99;

    private interface Settings {
        void apply(double learningRate, double beta1, double beta2);
    }

    private final Network network;
    private final GradientUpdater<?> updater;
    private final Settings settings;
    private final INDArray state;
    private int steps;

    private Optimizer(Network network, GradientUpdater<?> updater, Settings settings, long stateSize) {
        this.network = network;
        this.updater = updater;
        this.settings = settings;
        this.state = Nd4j.create(DataType.FLOAT, 1, stateSize);
        updater.setStateViewArray(state, network.params().shape(), 'c', true);
    }

    /** Adam (Kingma and Ba), the default for GANs. */
    public static Optimizer adam(Network network, double learningRate, double beta1, double beta2) {
        Adam config = new Adam(learningRate, beta1, beta2, EPSILON);
        return new Optimizer(network, new AdamUpdater(config), (lr, b1, b2) -> {
            config.setLearningRate(lr);
            config.setBeta1(b1);
            config.setBeta2(b2);
        }, 2 * network.paramCount());
    }

    /** RMSProp, which the original WGAN uses because momentum destabilised its critic. Betas do not apply. */
    public static Optimizer rmsProp(Network network, double learningRate) {
        RmsProp config = new RmsProp(learningRate, RMS_DECAY, EPSILON);
        return new Optimizer(network, new RmsPropUpdater(config), (lr, b1, b2) -> config.setLearningRate(lr),
                network.paramCount());
    }

    public void setHyperparameters(double learningRate, double beta1, double beta2) {
        settings.apply(learningRate, beta1, beta2);
    }

    /**
     * Applies the network's accumulated gradients (and consumes them: they become the update).
     *
     * @return the L2 norm of the gradient that was applied, taken before the update replaces it
     *         (one native reduction), for the training doctor
     */
    public double step() {
        INDArray update = network.gradients();
        double norm = update.norm2Number().doubleValue();
        updater.applyUpdater(update, steps, 0);
        network.params().subi(update);
        steps++;
        return norm;
    }

    /** The optimiser's running averages, {@code [1, k·n]}: checkpointed with the step count. */
    public INDArray state() {
        return state;
    }

    public int steps() {
        return steps;
    }

    public void restore(INDArray savedState, int savedSteps) {
        state.assign(savedState);
        steps = savedSteps;
    }
}
