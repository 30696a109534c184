package org.ganlab.engine.nn;

import org.ganlab.engine.Backend;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.RmsPropUpdater;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.RmsProp;

/**
 * A network's optimiser over its flat parameters: Adam in one pass over a float network's memory
 * ({@link FusedAdam}), otherwise one native update op per step for the whole network (ND4J's Adam
 * or RMSProp updater). Learning rate and betas may change between steps
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
    /** Adam's settings when {@link FusedAdam} runs the step, else null. */
    private final Adam fused;
    private int steps;

    private Optimizer(Network network, GradientUpdater<?> updater, Settings settings, long stateSize, Adam fused) {
        this.network = network;
        this.updater = updater;
        this.settings = settings;
        this.state = Nd4j.create(DataType.FLOAT, 1, stateSize);
        this.fused = fused;
        updater.setStateViewArray(state, network.params().shape(), 'c', true);
    }

    /** Adam (Kingma and Ba), the default for GANs. */
    public static Optimizer adam(Network network, double learningRate, double beta1, double beta2) {
        Adam config = new Adam(learningRate, beta1, beta2, EPSILON);
        boolean fusable = FusedAdam.supports(network.params()) && FusedAdam.supports(network.gradients());
        return new Optimizer(network, new AdamUpdater(config), (lr, b1, b2) -> {
            config.setLearningRate(lr);
            config.setBeta1(b1);
            config.setBeta2(b2);
        }, 2 * network.paramCount(), fusable ? config : null);
    }

    /** RMSProp, which the original WGAN uses because momentum destabilised its critic. Betas do not apply. */
    public static Optimizer rmsProp(Network network, double learningRate) {
        RmsProp config = new RmsProp(learningRate, RMS_DECAY, EPSILON);
        return new Optimizer(network, new RmsPropUpdater(config), (lr, b1, b2) -> config.setLearningRate(lr),
                network.paramCount(), null);
    }

    public void setHyperparameters(double learningRate, double beta1, double beta2) {
        settings.apply(learningRate, beta1, beta2);
    }

    /**
     * Applies the network's accumulated gradients and consumes them (zeroed by the fused Adam, the
     * update itself otherwise).
     *
     * @return the L2 norm of the gradient that was applied, for the training doctor
     */
    public double step() {
        if (fused != null) {
            double norm = FusedAdam.step(network.params(), network.gradients(), state, steps,
                    fused.getLearningRate(), fused.getBeta1(), fused.getBeta2(), fused.getEpsilon(), Backend.threads());
            network.gradientsZeroed();
            steps++;
            return norm;
        }
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
