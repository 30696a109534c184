package org.ganlab.engine.export.dl4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.ganlab.engine.nn.Activation;
import org.ganlab.engine.nn.Conv2d;
import org.ganlab.engine.nn.Dense;
import org.ganlab.engine.nn.Layer;
import org.ganlab.engine.nn.Network;
import org.ganlab.engine.nn.Reshape;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Rebuilds one of our {@link Network}s as a DL4J {@link MultiLayerNetwork} that computes the
 * same function in evaluation mode (BatchNorm on its running statistics), with the same weights.
 *
 * <p>An activation right after a dense or convolution layer becomes that DL4J layer's activation,
 * as one would write the network by hand in DL4J; any other activation becomes an
 * {@code ActivationLayer}. Not so after BatchNorm: DL4J's BatchNormalization accepts an
 * activation, but in 1.0.0-M2.1 its inference output with ReLU differed from BatchNorm then ReLU
 * by up to 2.3 (Dl4jNetworksTest), so BatchNorm → ReLU stays two DL4J layers. A {@link Reshape} between flat and image shapes becomes the next
 * layer's input preprocessor (both reshape NCHW in C order).
 */
public final class Dl4jNetworks {

    private Dl4jNetworks() {
    }

    /** One DL4J layer: its configuration, the preprocessor before it, its parameter values by DL4J key. */
    record Part(org.deeplearning4j.nn.conf.layers.Layer config, InputPreProcessor preProcessor,
                Map<String, INDArray> params) {
    }

    /**
     * @throws IllegalArgumentException naming the layer when the network holds one DL4J has no
     *                                  counterpart for here
     */
    public static MultiLayerNetwork of(Network network) {
        List<Part> parts = parts(network);
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .dataType(DataType.FLOAT).seed(0).list();
        for (int i = 0; i < parts.size(); i++) {
            list.layer(i, parts.get(i).config());
            if (parts.get(i).preProcessor() != null) {
                list.inputPreProcessor(i, parts.get(i).preProcessor());
            }
        }
        MultiLayerNetwork net = new MultiLayerNetwork(list.build());
        net.init();
        for (int i = 0; i < parts.size(); i++) {
            setParams(net.getLayer(i), i, parts.get(i).params());
        }
        return net;
    }

    private static List<Part> parts(Network network) {
        List<Layer> layers = network.layers();
        FlatValues params = new FlatValues(network.params());
        FlatValues state = new FlatValues(network.state());
        List<Part> parts = new ArrayList<>();
        int[] shape = network.inputShape();
        InputPreProcessor pending = null;
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            if (layer instanceof Reshape) {
                if (pending != null || i == layers.size() - 1) {
                    throw unsupported(network, i, "a reshape that does not lead into a layer");
                }
                pending = preProcessor(shape, layer.outputShape());
            } else {
                boolean fuse = (layer instanceof Dense || layer instanceof Conv2d) && i + 1 < layers.size()
                        && layers.get(i + 1) instanceof Activation;
                IActivation activation = fuse ? activation((Activation) layers.get(i + 1)) : new ActivationIdentity();
                parts.add(LayerTranslation.of(layer, activation, pending, params, state)
                        .orElseThrow(() -> unsupported(network, parts.size(), layer.getClass().getSimpleName())));
                pending = null;
                if (fuse) {
                    i++;
                }
            }
            shape = layers.get(i).outputShape();
        }
        if (!params.exhausted()) {
            throw new IllegalStateException(network.name() + ": the layers did not account for every parameter");
        }
        return parts;
    }

    static IActivation activation(Activation activation) {
        return switch (activation.kind()) {
            case RELU -> new ActivationReLU();
            case LEAKY_RELU -> new ActivationLReLU(activation.alpha());
            case TANH -> new ActivationTanH();
        };
    }

    /** Flat → image is DL4J's FeedForwardToCnn, image → flat its CnnToFeedForward; both C order, NCHW. */
    private static InputPreProcessor preProcessor(int[] from, int[] to) {
        if (from.length == 1 && to.length == 3) {
            return new FeedForwardToCnnPreProcessor(to[1], to[2], to[0]);
        }
        if (from.length == 3 && to.length == 1) {
            return new CnnToFeedForwardPreProcessor(from[1], from[2], from[0]);
        }
        throw new IllegalArgumentException("no DL4J preprocessor reshapes " + Arrays.toString(from)
                + " to " + Arrays.toString(to));
    }

    private static void setParams(org.deeplearning4j.nn.api.Layer layer, int index, Map<String, INDArray> values) {
        for (Map.Entry<String, INDArray> e : values.entrySet()) {
            INDArray target = layer.getParam(e.getKey());
            if (target == null || !Arrays.equals(target.shape(), e.getValue().shape())) {
                throw new IllegalStateException("DL4J layer " + index + " (" + layer.getClass().getSimpleName()
                        + ") parameter " + e.getKey() + " is " + (target == null ? "missing" : Arrays.toString(target.shape()))
                        + ", expected " + Arrays.toString(e.getValue().shape()));
            }
            layer.setParam(e.getKey(), e.getValue());
        }
    }

    private static IllegalArgumentException unsupported(Network network, int index, String what) {
        return new IllegalArgumentException("cannot export " + network.name() + " to DL4J: layer " + index
                + " is " + what + ", which the exporter does not translate");
    }
}
