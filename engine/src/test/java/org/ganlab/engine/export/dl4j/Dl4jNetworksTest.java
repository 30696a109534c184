package org.ganlab.engine.export.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ganlab.engine.Backend;
import org.ganlab.engine.nn.Activation;
import org.ganlab.engine.nn.BatchNorm;
import org.ganlab.engine.nn.Conv2d;
import org.ganlab.engine.nn.ConvGeometry;
import org.ganlab.engine.nn.Dense;
import org.ganlab.engine.nn.Layer;
import org.ganlab.engine.nn.Network;
import org.ganlab.engine.nn.Reshape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Layer by layer: each translation computes what our layer computes in evaluation mode, on
 * random weights and running statistics far from BatchNorm's initial 0 and 1.
 */
class Dl4jNetworksTest {

    private static final ConvGeometry UP = new ConvGeometry(4, 3, 2, 4, 2, 1, true);
    private static final ConvGeometry DOWN = new ConvGeometry(2, 6, 4, 4, 2, 1, false);

    @BeforeAll
    static void backend() {
        Backend.initialize();
    }

    /** Max |ours - DL4J| on a random batch of {@code batch} inputs. */
    private static double difference(int[] inputShape, int batch, Layer... layers) {
        Network network = new Network("N", inputShape, List.of(layers));
        network.initialize(new SplittableRandom(1));
        Nd4j.getRandom().setSeed(7);
        network.params().addi(Nd4j.rand(DataType.FLOAT, network.params().shape()).subi(0.5).muli(0.2));
        if (network.state().length() > 1) {
            // means in [0.5, 1.5) and variances in [0.5, 1.5): not the identity statistics
            network.state().assign(Nd4j.rand(DataType.FLOAT, network.state().shape()).addi(0.5));
        }
        long[] shape = new long[inputShape.length + 1];
        shape[0] = batch;
        for (int i = 0; i < inputShape.length; i++) {
            shape[i + 1] = inputShape[i];
        }
        INDArray x = Nd4j.rand(DataType.FLOAT, shape).subi(0.5).muli(4);
        INDArray ours = network.forward(x, false).dup();
        INDArray theirs = Dl4jNetworks.of(network).output(x);
        assertArrayEquals(ours.shape(), theirs.shape());
        return ours.sub(theirs).amaxNumber().doubleValue();
    }

    @Test
    void denseAndBatchNormOnFlatInputs() {
        assertTrue(difference(new int[] {5}, 3, new Dense(5, 7), Activation.leakyRelu(0.2, 7)) < 1e-6);
        assertTrue(difference(new int[] {5}, 3, new Dense(5, 7), new BatchNorm(7), Activation.relu(7)) < 1e-6);
    }

    @Test
    void batchNormOnImagesNormalisesPerChannel() {
        assertTrue(difference(new int[] {4, 3, 3}, 2, new BatchNorm(4, 3, 3), Activation.relu(4, 3, 3)) < 1e-6);
    }

    @Test
    void convolutionsAndTheirTransposeKeepWeightLayoutAndPadding() {
        assertTrue(difference(new int[] {4, 3, 3}, 2, new Conv2d(UP), Activation.tanh(UP.outputShape())) < 1e-6);
        assertTrue(difference(new int[] {2, 6, 6}, 2, new Conv2d(DOWN), Activation.leakyRelu(0.2, DOWN.outputShape())) < 1e-6);
    }

    @Test
    void reshapesBetweenFlatAndImageKeepNchwOrder() {
        assertTrue(difference(new int[] {8}, 2, new Dense(8, 36), new Reshape(new int[] {36}, new int[] {4, 3, 3}),
                new Conv2d(UP)) < 1e-6);
        assertTrue(difference(new int[] {2, 6, 6}, 2, new Conv2d(DOWN), new Reshape(DOWN.outputShape(), new int[] {36}),
                new Dense(36, 1)) < 1e-6);
    }

    @Test
    void anActivationAfterBatchNormIsItsOwnLayer() {
        MultiLayerNetwork net = Dl4jNetworks.of(new Network("N", new int[] {5},
                List.of(new Dense(5, 7), Activation.relu(7), new BatchNorm(7), Activation.relu(7))));
        assertEquals(3, net.getnLayers(), "dense+relu, batchnorm, relu");
    }

    @Test
    void aReshapeAtTheEndIsRefusedNamingTheNetwork() {
        Network n = new Network("G", new int[] {36}, List.of(new Dense(36, 36), new Reshape(new int[] {36}, new int[] {4, 3, 3})));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dl4jNetworks.of(n));
        assertEquals("cannot export G to DL4J: layer 1 is a reshape that does not lead into a layer, which the exporter does not translate",
                e.getMessage());
    }
}
