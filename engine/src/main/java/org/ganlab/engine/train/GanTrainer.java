package org.ganlab.engine.train;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.ganlab.engine.data.ImageDataset;
import org.ganlab.engine.loss.ClassCrossEntropy;
import org.ganlab.engine.loss.GanLoss;
import org.ganlab.engine.model.GanModel;
import org.ganlab.engine.model.ImageShape;
import org.ganlab.engine.model.ModelCatalog;
import org.ganlab.engine.model.ModelSpec;
import org.ganlab.engine.nn.Network;
import org.ganlab.engine.nn.WeightInit;
import org.ganlab.engine.nn.Optimizer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The GAN training step, synchronous and single-threaded: {@link #step()} runs one iteration
 * (train D on a real and a fake batch, for cgan also on real images under wrong labels, see
 * {@link MismatchedPairs}; after every {@code dStepsPerGStep}-th D step, train G through
 * D's input gradient). D's weights and running statistics change only in D's step; each network
 * has its own optimiser.
 * The loss decides the rest: weight clipping (WGAN), a gradient penalty (WGAN-GP), RMSProp.
 *
 * <p>Everything random derives from the seed and the iteration number (data order from the
 * epoch, noise and generated labels from the iteration), so the same config gives the same
 * losses and a restored trainer continues exactly. {@code TrainingLoop} runs it on a thread;
 * tests drive it directly.
 */
public final class GanTrainer {

    /** Unconditional sample grids are 8×8; conditional ones one row per class. */
    public static final int GRID_SAMPLES = 64;
    /** A 2-D run's snapshot is a scatter of this many points. */
    public static final int SCATTER_POINTS = 512;
    private static final long PENALTY_STREAM = 0x50454E414CL;

    private enum Side { REAL, FAKE, GENERATOR }

    /** One side of D's step: the images, D's input made from them (with label planes), their labels. */
    private record Batch(INDArray images, INDArray input, int[] labels) {}

    /** One term of D's loss: a batch, the side of the loss it takes, the term's weight. */
    private record Term(Batch batch, Side side, double weight) {}

    /** A batch's loss and the mean of D's adversarial output. */
    private record Scored(double loss, double meanOutput) {}

    /** What D's step reports: its loss, mean outputs on real and fake, and its gradient's L2 norm. */
    private record DStep(double loss, double real, double fake, double gradNorm) {}

    /** What G's step reports: its loss and its gradient's L2 norm. */
    private record GStep(double loss, double gradNorm) {}

    private final GanModel model;
    private final GanLoss loss;
    private final TrainingData.Batches batches;
    private final Optimizer optimizerG;
    private final Optimizer optimizerD;
    private final LabelInputs inputs;
    private final HostBatch realImages;
    private final HostBatch outputGradients;
    private final StackedBatch stacked;
    /** The toy lab's query points (D's surface, G's arrows): a few sizes, allocated once each. */
    private final HostBatch points2d = new HostBatch(2);
    private final GradientPenalty penalty;
    private final MismatchedPairs mismatched;
    private final float[] realValues;
    private final int[] realLabels;
    private TrainingConfig config;
    private long iteration;
    private GStep lastG = new GStep(Double.NaN, Double.NaN);

    public GanTrainer(TrainingConfig config, TrainingData data) {
        this.config = config;
        this.loss = GanLoss.named(config.loss());
        this.model = ModelCatalog.build(new ModelSpec(config.model(), config.latentSize(), data.shape(),
                data.classCount(), config.hiddenUnits(), loss.gradientPenalty() > 0, config.seed(),
                WeightInit.named(config.init())));
        TrainingData.Batches all = data.batches(config.batchSize(), config.seed());
        this.batches = model.generator().mixesExamples() || model.discriminator().mixesExamples()
                ? TrainingData.withoutSingleExampleTail(all) : all;
        this.optimizerG = optimizer(model.generator(), config.learningRateG(), config.beta1G(), config.beta2G());
        this.optimizerD = optimizer(model.discriminator(), config.learningRateD(), config.beta1D(), config.beta2D());
        this.inputs = new LabelInputs(model);
        this.realImages = new HostBatch(inputs.imageShape());
        this.outputGradients = new HostBatch(model.discriminator().outputShape());
        this.stacked = new StackedBatch(model.discriminator().inputShape());
        this.penalty = loss.gradientPenalty() > 0 ? new GradientPenalty(loss.gradientPenalty()) : null;
        this.mismatched = MismatchedPairs.of(model);
        this.realValues = new float[config.batchSize() * data.shape().size()];
        this.realLabels = data.classCount() > 0 ? new int[config.batchSize()] : null;
    }

    /** Trains on an in-memory image data set. */
    public GanTrainer(TrainingConfig config, ImageDataset data) {
        this(config, TrainingData.of(data));
    }

    private Optimizer optimizer(Network network, double lr, double beta1, double beta2) {
        return loss.optimizer().equals("rmsprop") ? Optimizer.rmsProp(network, lr) : Optimizer.adam(network, lr, beta1, beta2);
    }

    /** Runs one training iteration and reports it. */
    public TrainingEvent.StepCompleted step() throws NonFiniteLossException {
        long start = System.nanoTime();
        int epochIndex = (int) (iteration / batches.batchesPerEpoch());
        int batchIndex = (int) (iteration % batches.batchesPerEpoch());
        int n = batches.fill(epochIndex, batchIndex, realValues, realLabels);
        int[] yReal = realLabels != null ? Arrays.copyOf(realLabels, n) : new int[n];
        int[] yFake = inputs.generatedLabels(config.seed(), iteration, n);
        INDArray realBatch = realImages.load(realValues, n);
        float[] z = Noise.gaussian(config.seed(), iteration, n, config.latentSize());
        INDArray fakeImages = model.generator().forward(inputs.generatorInput(z, yFake, n), true);
        Batch real = new Batch(realBatch, inputs.realInput(realBatch, yReal, n), yReal);
        Batch fake = new Batch(fakeImages, inputs.fakeInput(fakeImages, yFake, n), yFake);

        DStep d = trainDiscriminator(dLossTerms(real, fake));
        // G steps after the k-th D step of each cycle (iterations k-1, 2k-1, ...), so that with
        // --d-steps 5 the critic has trained five times on the current G before G moves.
        if ((iteration + 1) % config.dStepsPerGStep() == 0) {
            lastG = trainGenerator(fake.input(), fakeImages.shape(), yFake);
        }
        iteration++;
        double millis = (System.nanoTime() - start) / 1e6;
        return new TrainingEvent.StepCompleted(iteration, epochIndex + 1, d.loss(), lastG.loss(), d.real(), d.fake(),
                millis, d.gradNorm(), lastG.gradNorm());
    }

    /**
     * D's loss terms: the real batch as real, the fake batch as fake; for a matching-aware D
     * ({@link MismatchedPairs}) also the real images under wrong labels as fake, the fake side
     * weighted half and half as in GAN-CLS.
     */
    private List<Term> dLossTerms(Batch real, Batch fake) {
        if (mismatched == null) {
            return List.of(new Term(real, Side.REAL, 1), new Term(fake, Side.FAKE, 1));
        }
        int n = real.labels().length;
        int[] wrong = mismatched.wrongLabels(real.labels(), config.seed(), iteration);
        Batch pairs = new Batch(real.images(), inputs.mismatchedInput(real.images(), wrong, n), wrong);
        double w = MismatchedPairs.WEIGHT;
        return List.of(new Term(real, Side.REAL, 1), new Term(fake, Side.FAKE, 1 - w), new Term(pairs, Side.FAKE, w));
    }

    /**
     * D's step: the sum of its loss terms, the real batch first and the fake batch second (plus
     * the gradient penalty for WGAN-GP), one optimiser update, then weight clipping for WGAN.
     * Returns the loss and the mean outputs on real and fake. Without BatchNorm, one pass over
     * the batches stacked gives the same gradient as a pass each with larger, faster matrix
     * products; with BatchNorm the passes stay separate (as in PyTorch), or each batch would be
     * normalised with the others' statistics.
     */
    private DStep trainDiscriminator(List<Term> terms) throws NonFiniteLossException {
        Network d = model.discriminator();
        Batch real = terms.get(0).batch();
        Batch fake = terms.get(1).batch();
        int n = real.labels().length;
        d.zeroGradients();
        Scored[] scored = backpropagate(d, terms);
        double dLoss = 0;
        for (Scored s : scored) {
            dLoss += s.loss();
        }
        if (penalty != null) {
            dLoss += penalty.apply(d, real.images(), fake.images(), inputs.criticInput(real.labels(), n),
                    new SplittableRandom(Noise.mix(config.seed() ^ PENALTY_STREAM, iteration)));
        }
        NonFiniteLossException.check("D", dLoss, iteration + 1);
        double gradNorm = optimizerD.step();
        if (loss.weightClip() > 0) {
            d.clipParams(config.weightClip() > 0 ? config.weightClip() : loss.weightClip());
        }
        return new DStep(dLoss, scored[0].meanOutput(), scored[1].meanOutput(), gradNorm);
    }

    /** Scores every term and accumulates D's gradient of their sum: one stacked pass, or one pass each with BatchNorm. */
    private Scored[] backpropagate(Network d, List<Term> terms) throws NonFiniteLossException {
        Scored[] scored = new Scored[terms.size()];
        if (d.mixesExamples()) {
            for (int t = 0; t < terms.size(); t++) {
                scored[t] = backpropagate(d, terms.get(t));
            }
            return scored;
        }
        INDArray[] batches = terms.stream().map(t -> t.batch().input()).toArray(INDArray[]::new);
        float[] out = outputs(d.forward(stacked.stack(batches), true));
        int part = out.length / terms.size();
        float[] grad = new float[out.length];
        for (int t = 0; t < terms.size(); t++) {
            scored[t] = score(Arrays.copyOfRange(out, t * part, (t + 1) * part), terms.get(t), grad, t * part);
        }
        d.backward(outputGradients.load(grad, terms.size() * terms.get(0).batch().labels().length), true, false);
        return scored;
    }

    private Scored backpropagate(Network d, Term term) throws NonFiniteLossException {
        float[] out = outputs(d.forward(term.batch().input(), true));
        float[] grad = new float[out.length];
        Scored scored = score(out, term, grad, 0);
        NonFiniteLossException.check("D", scored.loss(), iteration + 1);
        d.backward(outputGradients.load(grad, term.batch().labels().length), true, false);
        return scored;
    }

    /** {@link #score(float[], int[], Side, float[], int)} of one of D's terms, loss and gradient times its weight. */
    private Scored score(float[] out, Term term, float[] grad, int offset) {
        Scored scored = score(out, term.batch().labels(), term.side(), grad, offset);
        if (term.weight() == 1) {
            return scored;
        }
        float w = (float) term.weight();
        for (int i = offset; i < offset + out.length; i++) {
            grad[i] *= w;
        }
        return new Scored(scored.loss() * term.weight(), scored.meanOutput());
    }

    private GStep trainGenerator(INDArray fake, long[] imageShape, int[] labels) throws NonFiniteLossException {
        Network d = model.discriminator();
        float[] out = outputs(d.forwardObserving(fake));
        float[] grad = new float[out.length];
        double gLoss = score(out, labels, Side.GENERATOR, grad, 0).loss();
        NonFiniteLossException.check("G", gLoss, iteration + 1);
        INDArray gradInput = d.backward(outputGradients.load(grad, labels.length), false, true);
        model.generator().zeroGradients();
        model.generator().backward(inputs.imageGradient(gradInput, imageShape), true, false);
        return new GStep(gLoss, optimizerG.step());
    }

    /**
     * The loss of D's outputs for one batch ({@code labels.length} rows) and its gradient, written
     * into {@code grad} from {@code offset}: the adversarial loss on the first column, plus for
     * AC-GAN the class cross-entropy on the others.
     */
    private Scored score(float[] out, int[] labels, Side side, float[] grad, int offset) {
        int n = labels.length;
        int columns = out.length / n;
        float[] adversarial = new float[n];
        float[] adversarialGrad = new float[n];
        for (int i = 0; i < n; i++) {
            adversarial[i] = out[i * columns];
        }
        double value = switch (side) {
            case REAL -> loss.discriminatorReal(adversarial, adversarialGrad, 1 - config.labelSmoothing());
            case FAKE -> loss.discriminatorFake(adversarial, adversarialGrad);
            case GENERATOR -> loss.generator(adversarial, adversarialGrad);
        };
        float[] batchGrad = new float[out.length];
        if (columns > 1) {
            value += ClassCrossEntropy.apply(out, columns, 1, columns - 1, labels, batchGrad);
        }
        for (int i = 0; i < n; i++) {
            batchGrad[i * columns] = adversarialGrad[i];
        }
        System.arraycopy(batchGrad, 0, grad, offset, batchGrad.length);
        return new Scored(value, loss.meanOutput(adversarial));
    }

    private static float[] outputs(INDArray out) {
        return out.reshape(out.length()).toFloatVector();
    }

    /**
     * The run's fixed-noise sample grid from the current generator (evaluation mode): 8×8 for
     * unconditional models; for conditional ones one row per class, with the same noise in each
     * column so that only the class changes down a column.
     */
    public Samples sampleGrid() {
        if (!inputs.conditional()) {
            int count = model.imageShape().size() == 2 ? SCATTER_POINTS : GRID_SAMPLES;
            return generate(Noise.gaussian(config.seed(), Noise.SAMPLE_GRID_STREAM, count, config.latentSize()), null, count);
        }
        int k = model.classCount();
        int latent = config.latentSize();
        float[] columns = Noise.gaussian(config.seed(), Noise.SAMPLE_GRID_STREAM, k, latent);
        float[] z = new float[k * k * latent];
        int[] labels = new int[k * k];
        for (int row = 0; row < k; row++) {
            for (int col = 0; col < k; col++) {
                System.arraycopy(columns, col * latent, z, (row * k + col) * latent, latent);
                labels[row * k + col] = row;
            }
        }
        return generate(z, labels, k * k);
    }

    /** {@code count} examples for the given noise; unconditional models ignore {@code labels}. */
    public Samples generate(float[] latent, int[] labels, int count) {
        if (latent.length != count * config.latentSize()) {
            throw new IllegalArgumentException("need " + count * config.latentSize() + " noise values, got " + latent.length);
        }
        int[] classes = labels != null ? labels : new int[count];
        if (labels == null && inputs.conditional()) {
            Arrays.setAll(classes, i -> i % model.classCount());
        }
        INDArray images = model.generator().forward(inputs.generatorInput(latent, classes, count), false);
        ImageShape shape = model.imageShape();
        return new Samples(count, shape.channels(), shape.height(), shape.width(), outputs(images));
    }

    /** {@code count} examples (for conditional models, classes in turn). */
    public Samples generate(float[] latent, int count) {
        return generate(latent, null, count);
    }

    /**
     * D's output at 2-D points (x0, y0, x1, y1, ...), for the toy lab's decision surface: a
     * probability for BCE-type losses, the raw score otherwise. Evaluation mode.
     */
    public float[] discriminatorAt(float[] points) {
        int n = points.length / 2;
        float[] out = outputs(model.discriminator().forward(points2d.load(points, n), false));
        if (loss.discriminatorOutput().equals("probability")) {
            for (int i = 0; i < n; i++) {
                out[i] = (float) (1 / (1 + Math.exp(-out[i])));
            }
        }
        return out;
    }

    /**
     * The direction G's loss pushes each generated 2-D point: -dL_G/dx at the points, for the toy
     * lab's arrows. Does not change any weight.
     */
    public float[] generatorPush(float[] points) {
        int n = points.length / 2;
        Network d = model.discriminator();
        float[] out = outputs(d.forwardObserving(points2d.load(points, n)));
        float[] grad = new float[out.length];
        score(out, new int[n], Side.GENERATOR, grad, 0);
        float[] push = outputs(d.backward(outputGradients.load(grad, n), false, true));
        for (int i = 0; i < push.length; i++) {
            push[i] = -push[i] * n;
        }
        return push;
    }

    /** Applies a config's live hyperparameters from the next iteration on. */
    public void apply(TrainingConfig live) {
        this.config = live;
        optimizerG.setHyperparameters(live.learningRateG(), live.beta1G(), live.beta2G());
        optimizerD.setHyperparameters(live.learningRateD(), live.beta1D(), live.beta2D());
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

    /** Everything needed to continue exactly: weights, running statistics, optimiser state, counters. */
    public TrainerState state() {
        return new TrainerState(iteration, lastG.loss(),
                NetworkState.of(model.generator(), optimizerG), NetworkState.of(model.discriminator(), optimizerD));
    }

    public void restore(TrainerState state) {
        state.generator().restoreInto(model.generator(), optimizerG);
        state.discriminator().restoreInto(model.discriminator(), optimizerD);
        iteration = state.iteration();
        lastG = new GStep(state.lastGLoss(), Double.NaN);
    }
}
