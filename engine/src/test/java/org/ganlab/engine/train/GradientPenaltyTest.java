package org.ganlab.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.ganlab.engine.Backend;
import org.ganlab.engine.model.GanModel;
import org.ganlab.engine.model.ImageShape;
import org.ganlab.engine.model.ModelCatalog;
import org.ganlab.engine.model.ModelSpec;
import org.ganlab.engine.nn.Activation;
import org.ganlab.engine.nn.Conv2d;
import org.ganlab.engine.nn.ConvGeometry;
import org.ganlab.engine.nn.Dense;
import org.ganlab.engine.nn.GradientMatch;
import org.ganlab.engine.nn.KinkWatch;
import org.ganlab.engine.nn.Network;
import org.ganlab.engine.nn.Reshape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** WGAN-GP's penalty and its parameter gradient against finite differences of the penalty itself. */
class GradientPenaltyTest {

    @BeforeAll
    static void backend() {
        Backend.initialize();
        Nd4j.getRandom().setSeed(5);
    }

    @Test
    void denseCriticGradientMatchesFiniteDifferences() {
        KinkWatch[] kinks = {new KinkWatch(6), new KinkWatch(5)};
        Network critic = new Network("critic", new int[] {3}, List.of(
                new Dense(3, 6), kinks[0], Activation.leakyRelu(0.2, 6),
                new Dense(6, 5), kinks[1], Activation.relu(5), new Dense(5, 1)), DataType.DOUBLE);
        check(critic, kinks, 4, 3);
    }

    @Test
    void convolutionalCriticGradientMatchesFiniteDifferences() {
        ConvGeometry conv = new ConvGeometry(1, 6, 2, 4, 2, 1, false);
        KinkWatch[] kinks = {new KinkWatch(conv.outputShape())};
        Network critic = new Network("critic", new int[] {1, 6, 6}, List.of(
                new Conv2d(conv), kinks[0], Activation.leakyRelu(0.2, conv.outputShape()),
                new Reshape(conv.outputShape(), new int[] {18}), new Dense(18, 1)), DataType.DOUBLE);
        check(critic, kinks, 3, 1, 6, 6);
    }

    @Test
    void penaltyIsLambdaTimesSquaredExcessNorm() {
        // D(x) = w·x + b has input gradient w everywhere: the penalty is λ(‖w‖ - 1)².
        Network linear = new Network("linear", new int[] {2}, List.of(new Dense(2, 1)));
        linear.params().assign(Nd4j.createFromArray(new float[] {3f, 4f, 0.5f}).reshape(1, 3));
        INDArray real = Nd4j.rand(DataType.FLOAT, 5, 2);
        INDArray fake = Nd4j.rand(DataType.FLOAT, 5, 2);
        double p = new GradientPenalty(10).apply(linear, real, fake, new SplittableRandom(1));
        assertEquals(10 * (5 - 1) * (5 - 1), p, 1e-3);
    }

    @Test
    void aConditionalCriticIsPenalisedOnItsImageGradientOnly() {
        // D(x, y) = w·x + v·onehot(y) + b: the image gradient is w = (3, 4), norm 5, whatever v
        Network linear = new Network("linear", new int[] {5}, List.of(new Dense(5, 1)));
        linear.params().assign(Nd4j.createFromArray(new float[] {3f, 4f, 10f, 20f, 30f, 0.5f}).reshape(1, 6));
        GradientPenalty.CriticInput withLabelOne = new GradientPenalty.CriticInput() {
            @Override
            public INDArray of(INDArray images) {
                INDArray labels = Nd4j.zeros(DataType.FLOAT, images.size(0), 3);
                labels.getColumn(1).assign(1);
                return Nd4j.hstack(images, labels);
            }

            @Override
            public INDArray imagePart(INDArray inputGradient) {
                return inputGradient.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                        org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 2)).dup();
            }

            @Override
            public INDArray fromImagePart(INDArray imageGradient) {
                return Nd4j.hstack(imageGradient, Nd4j.zeros(DataType.FLOAT, imageGradient.size(0), 3));
            }
        };
        INDArray real = Nd4j.rand(DataType.FLOAT, 4, 2);
        INDArray fake = Nd4j.rand(DataType.FLOAT, 4, 2);
        linear.zeroGradients();
        double p = new GradientPenalty(10).apply(linear, real, fake, withLabelOne, new SplittableRandom(1));
        assertEquals(10 * (5 - 1) * (5 - 1), p, 1e-3);
        float[] grads = linear.gradients().toFloatVector();
        // d/dw λ(‖w‖ - 1)² = 2λ(‖w‖ - 1)·w/‖w‖ = 80·(0.6, 0.8); nothing for the label weights
        assertEquals(48, grads[0], 1e-3);
        assertEquals(64, grads[1], 1e-3);
        assertEquals(0, grads[2] * grads[2] + grads[3] * grads[3] + grads[4] * grads[4], 1e-9);
    }

    @Test
    void conditionalDcganInterpolatesImagesUnderOneLabelSet() {
        GanModel model = ModelCatalog.build(new ModelSpec("cdcgan", 8, new ImageShape(1, 28, 28), 10, 0, true, 1));
        LabelInputs inputs = new LabelInputs(model);
        int[] labels = {7, 2};
        INDArray images = Nd4j.rand(DataType.FLOAT, 2, 1, 28, 28);
        GradientPenalty.CriticInput input = inputs.criticInput(labels, 2);

        INDArray dInput = input.of(images);
        assertEquals(11, dInput.size(1), "one image channel and ten label planes");
        assertEquals(images, dInput.get(channel(0)).reshape(2, 1, 28, 28));
        for (int k = 0; k < 10; k++) {
            INDArray plane = dInput.get(channel(1 + k));
            assertEquals(k == 7 ? 784 : 0, plane.reshape(2, 784).getRow(0).sumNumber().doubleValue(), 1e-6, "example 0, plane " + k);
            assertEquals(k == 2 ? 784 : 0, plane.reshape(2, 784).getRow(1).sumNumber().doubleValue(), 1e-6, "example 1, plane " + k);
        }
        INDArray grad = Nd4j.rand(DataType.FLOAT, dInput.shape());
        INDArray imagePart = input.imagePart(grad);
        assertEquals(grad.get(channel(0)).reshape(imagePart.shape()), imagePart);
        INDArray widened = input.fromImagePart(imagePart);
        assertEquals(imagePart, widened.get(channel(0)).reshape(imagePart.shape()));
        assertEquals(0, widened.sumNumber().doubleValue() - imagePart.sumNumber().doubleValue(), 1e-3, "zero on the labels");
    }

    private static org.nd4j.linalg.indexing.INDArrayIndex[] channel(int c) {
        var all = org.nd4j.linalg.indexing.NDArrayIndex.all();
        return new org.nd4j.linalg.indexing.INDArrayIndex[] {all, org.nd4j.linalg.indexing.NDArrayIndex.point(c), all, all};
    }

    @Test
    void aCriticWithTanhIsRefusedRatherThanGivenAWrongGradient() {
        Network curved = new Network("curved", new int[] {2}, List.of(new Dense(2, 3), Activation.tanh(3), new Dense(3, 1)));
        curved.initialize(new SplittableRandom(2));
        INDArray x = Nd4j.rand(DataType.FLOAT, 2, 2);
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> new GradientPenalty(10).apply(curved, x, x.add(1), new SplittableRandom(1)));
        assertEquals("tanh has no second derivative in this engine, so a gradient penalty cannot pass through it",
                e.getMessage());
    }

    /** The penalty's parameter gradient against finite differences, in double (see {@link GradientMatch}). */
    private static void check(Network critic, KinkWatch[] kinks, long... shape) {
        critic.initialize(new SplittableRandom(3));
        INDArray real = Nd4j.rand(DataType.DOUBLE, shape).subi(0.5).muli(2);
        INDArray fake = Nd4j.rand(DataType.DOUBLE, shape).subi(0.5).muli(2);
        GradientPenalty gp = new GradientPenalty(10);
        critic.zeroGradients();
        double penalty = gp.apply(critic, real, fake, new SplittableRandom(9));
        assertTrue(penalty > 0);
        INDArray analytic = critic.gradients().dup();
        GradientMatch.assertMatches("penalty parameter", critic.params(), analytic, kinks,
                () -> gp.apply(critic, real, fake, new SplittableRandom(9)));
    }
}
