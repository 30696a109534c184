package org.ganlab.engine.train;

import org.ganlab.engine.data.BatchIterator;
import org.ganlab.engine.data.ImageDataset;
import org.ganlab.engine.loss.GanLoss;
import org.ganlab.engine.model.GanModel;
import org.ganlab.engine.model.ImageShape;
import org.ganlab.engine.model.ModelCatalog;
import org.ganlab.engine.nn.Adam;
import org.ganlab.engine.nn.Network;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The GAN training step, synchronous and single-threaded: {@link #step()} runs one iteration
 * (train D on a real and a fake batch; every {@code dStepsPerGStep}-th iteration, train G through
 * D's input gradient). D's weights change only in D's step; G has its own Adam.
 *
 * <p>Everything random derives from the seed and the iteration number (data order from the
 * epoch, noise from the iteration), so the same config gives the same losses and a restored
 * trainer continues exactly. {@link TrainingLoop} runs it on a thread; tests drive it directly.
 */
public final class GanTrainer {

    /** Sample grids are 8×8. */
    public static final int GRID_SAMPLES = 64;

    private final GanModel model;
    private final GanLoss loss;
    private final BatchIterator batches;
    private final Adam adamG;
    private final Adam adamD;
    private final HostBatch realInput;
    private final HostBatch noiseInput;
    private final HostBatch logitGradients;
    private final StackedBatch stacked;
    private final float[] realValues;
    private TrainingConfig config;
    private long iteration;
    private double lastGLoss = Double.NaN;

    public GanTrainer(TrainingConfig config, ImageDataset data) {
        this.config = config;
        ImageShape image = new ImageShape(data.channels(), data.height(), data.width());
        this.model = ModelCatalog.build(config.model(), config.latentSize(), image, config.seed());
        this.loss = GanLoss.named(config.loss());
        this.batches = new BatchIterator(data, config.batchSize(), config.seed());
        this.adamG = new Adam(model.generator(), config.learningRateG(), config.beta1G(), config.beta2G());
        this.adamD = new Adam(model.discriminator(), config.learningRateD(), config.beta1D(), config.beta2D());
        this.realInput = new HostBatch(model.discriminator().inputShape());
        this.noiseInput = new HostBatch(config.latentSize());
        this.logitGradients = new HostBatch(1);
        this.stacked = new StackedBatch(model.discriminator().inputShape());
        this.realValues = new float[config.batchSize() * image.size()];
    }

    /** Runs one training iteration and reports it. */
    public TrainingEvent.StepCompleted step() throws NonFiniteLossException {
        long start = System.nanoTime();
        int epochIndex = (int) (iteration / batches.batchesPerEpoch());
        int batchIndex = (int) (iteration % batches.batchesPerEpoch());
        int n = batches.fill(epochIndex, batchIndex, realValues, null);
        INDArray real = realInput.load(realValues, n);
        float[] z = Noise.gaussian(config.seed(), iteration, n, config.latentSize());
        INDArray fake = model.generator().forward(noiseInput.load(z, n), true);

        DiscriminatorStep d = trainDiscriminator(real, fake, n);
        if (iteration % config.dStepsPerGStep() == 0) {
            lastGLoss = trainGenerator(fake, n);
        }
        iteration++;
        double millis = (System.nanoTime() - start) / 1e6;
        return new TrainingEvent.StepCompleted(iteration, epochIndex + 1, d.loss, lastGLoss,
                d.meanReal, d.meanFake, millis);
    }

    private record DiscriminatorStep(double loss, double meanReal, double meanFake) {}

    /**
     * D's step: its loss on the real batch plus its loss on the fake batch, one Adam update.
     * Without BatchNorm, one pass over both batches stacked gives the same gradient as two
     * passes with larger, faster matrix products; with BatchNorm the passes must stay separate
     * (as in PyTorch), or each batch would be normalised with the other's statistics.
     */
    private DiscriminatorStep trainDiscriminator(INDArray real, INDArray fake, int n)
            throws NonFiniteLossException {
        Network d = model.discriminator();
        d.zeroGradients();
        float[] realLogits;
        float[] fakeLogits;
        float[] realGrad = new float[n];
        float[] fakeGrad = new float[n];
        if (d.mixesExamples()) {
            realLogits = d.forward(real, true).toFloatVector();
            double realLoss = loss.discriminatorReal(realLogits, realGrad, 1 - config.labelSmoothing());
            d.backward(logitGradients.load(realGrad, n), true, false);
            fakeLogits = d.forward(fake, true).toFloatVector();
            double fakeLoss = loss.discriminatorFake(fakeLogits, fakeGrad);
            NonFiniteLossException.check("D", realLoss + fakeLoss, iteration + 1);
            d.backward(logitGradients.load(fakeGrad, n), true, false);
            adamD.step();
            return new DiscriminatorStep(realLoss + fakeLoss, loss.meanOutput(realLogits), loss.meanOutput(fakeLogits));
        }
        float[] logits = d.forward(stacked.stack(real, fake), true).toFloatVector();
        realLogits = java.util.Arrays.copyOfRange(logits, 0, n);
        fakeLogits = java.util.Arrays.copyOfRange(logits, n, 2 * n);
        double dLoss = loss.discriminatorReal(realLogits, realGrad, 1 - config.labelSmoothing())
                + loss.discriminatorFake(fakeLogits, fakeGrad);
        NonFiniteLossException.check("D", dLoss, iteration + 1);
        float[] grad = java.util.Arrays.copyOf(realGrad, 2 * n);
        System.arraycopy(fakeGrad, 0, grad, n, n);
        d.backward(logitGradients.load(grad, 2 * n), true, false);
        adamD.step();
        return new DiscriminatorStep(dLoss, loss.meanOutput(realLogits), loss.meanOutput(fakeLogits));
    }

    private double trainGenerator(INDArray fake, int n) throws NonFiniteLossException {
        Network d = model.discriminator();
        float[] grad = new float[n];
        double gLoss = loss.generator(d.forward(fake, true).toFloatVector(), grad);
        NonFiniteLossException.check("G", gLoss, iteration + 1);
        INDArray gradFake = d.backward(logitGradients.load(grad, n), false, true);
        model.generator().zeroGradients();
        model.generator().backward(gradFake, true, false);
        adamG.step();
        return gLoss;
    }

    /** The run's fixed-noise sample grid from the current generator (evaluation mode). */
    public Samples sampleGrid() {
        return generate(Noise.gaussian(config.seed(), Noise.SAMPLE_GRID_STREAM, GRID_SAMPLES,
                config.latentSize()), GRID_SAMPLES);
    }

    /** {@code count} images for the given noise ({@code count * latentSize} values). */
    public Samples generate(float[] latent, int count) {
        if (latent.length != count * config.latentSize()) {
            throw new IllegalArgumentException("need " + count * config.latentSize() + " noise values, got " + latent.length);
        }
        INDArray images = model.generator().forward(noiseInput.load(latent, count), false);
        ImageShape shape = model.imageShape();
        return new Samples(count, shape.channels(), shape.height(), shape.width(), images.reshape(images.length()).toFloatVector());
    }

    /** Applies a config's live hyperparameters from the next iteration on. */
    public void apply(TrainingConfig live) {
        this.config = live;
        adamG.setHyperparameters(live.learningRateG(), live.beta1G(), live.beta2G());
        adamD.setHyperparameters(live.learningRateD(), live.beta1D(), live.beta2D());
    }

    public TrainingConfig config() {
        return config;
    }

    /** Completed iterations. */
    public long iteration() {
        return iteration;
    }

    public int batchesPerEpoch() {
        return batches.batchesPerEpoch();
    }

    /** True when the last iteration completed an epoch. */
    public boolean atEpochEnd() {
        return iteration > 0 && iteration % batches.batchesPerEpoch() == 0;
    }

    /** Completed epochs. */
    public int epochsDone() {
        return (int) (iteration / batches.batchesPerEpoch());
    }

    public GanModel model() {
        return model;
    }

    /** Everything needed to continue exactly: weights, running statistics, Adam moments, counters. */
    public TrainerState state() {
        return new TrainerState(iteration, lastGLoss,
                NetworkState.of(model.generator(), adamG), NetworkState.of(model.discriminator(), adamD));
    }

    public void restore(TrainerState state) {
        state.generator().restoreInto(model.generator(), adamG);
        state.discriminator().restoreInto(model.discriminator(), adamD);
        iteration = state.iteration();
        lastGLoss = state.lastGLoss();
    }
}
