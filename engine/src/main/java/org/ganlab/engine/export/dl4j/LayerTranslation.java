package org.ganlab.engine.export.dl4j;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.ganlab.engine.nn.Activation;
import org.ganlab.engine.nn.BatchNorm;
import org.ganlab.engine.nn.Conv2d;
import org.ganlab.engine.nn.ConvGeometry;
import org.ganlab.engine.nn.Dense;
import org.ganlab.engine.nn.Layer;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One of our layers as a DL4J layer configuration with its parameter values in DL4J's layouts.
 * Consumes the layer's values from the flat arrays in the order the layer bound them.
 */
final class LayerTranslation {

    private LayerTranslation() {
    }

    /** Empty for a layer this class does not know. */
    static Optional<Dl4jNetworks.Part> of(Layer layer, IActivation activation, InputPreProcessor pre,
                                          FlatValues params, FlatValues state) {
        if (layer instanceof Dense d) {
            return Optional.of(dense(d, activation, pre, params));
        }
        if (layer instanceof Conv2d c) {
            return Optional.of(convolution(c.geometry(), activation, pre, params));
        }
        if (layer instanceof BatchNorm b) {
            return Optional.of(batchNorm(b.outputShape()[0], activation, pre, params, state));
        }
        if (layer instanceof Activation a) {
            return Optional.of(new Dl4jNetworks.Part(new ActivationLayer.Builder()
                    .activation(Dl4jNetworks.activation(a)).build(), pre, Map.of()));
        }
        return Optional.empty();
    }

    /** Ours y = x·W + b with W [in, out]: DL4J's DenseLayer is the same, W [in, out], b [out]. */
    private static Dl4jNetworks.Part dense(Dense d, IActivation activation, InputPreProcessor pre, FlatValues params) {
        int in = d.inputSize();
        int out = d.outputShape()[0];
        Map<String, INDArray> values = new LinkedHashMap<>();
        values.put("W", params.take(in, out));
        values.put("b", params.take(out));
        return new Dl4jNetworks.Part(new DenseLayer.Builder().nIn(in).nOut(out).activation(activation).build(),
                pre, values);
    }

    /**
     * Our weights are libnd4j's: [kH, kW, inC, outC] for a convolution, [kH, kW, outC, inC] for a
     * transpose. DL4J's ConvolutionLayer keeps [outC, inC, kH, kW] and its Deconvolution2D
     * [inC, outC, kH, kW] (permuted back to libnd4j's order inside the layer), so both are
     * permute(3, 2, 0, 1) of ours. Truncate mode with explicit padding gives our output sizes,
     * (n - 1)·s + k - 2p up and (n + 2p - k)/s + 1 down.
     */
    private static Dl4jNetworks.Part convolution(ConvGeometry g, IActivation activation, InputPreProcessor pre,
                                                 FlatValues params) {
        int k = g.kernel();
        INDArray ours = g.transposed()
                ? params.take(k, k, g.outChannels(), g.inChannels())
                : params.take(k, k, g.inChannels(), g.outChannels());
        Map<String, INDArray> values = new LinkedHashMap<>();
        values.put("W", ours.permute(3, 2, 0, 1).dup('c'));
        values.put("b", params.take(g.outChannels()));
        ConvolutionLayer.BaseConvBuilder<?> builder = g.transposed() ? new Deconvolution2D.Builder()
                : new ConvolutionLayer.Builder();
        builder.kernelSize(k, k).stride(g.stride(), g.stride()).padding(g.padding(), g.padding())
                .convolutionMode(ConvolutionMode.Truncate).hasBias(true)
                .nIn(g.inChannels()).nOut(g.outChannels()).activation(activation);
        return new Dl4jNetworks.Part(builder.build(), pre, values);
    }

    /**
     * DL4J normalises with (x - mean) / sqrt(var + eps) on its global statistics in inference, as
     * we do; {@code useLogStd(false)} makes it keep the variance itself (key "var") rather than
     * log10 of the standard deviation. Decay is 1 - our momentum, for anyone who trains on.
     */
    private static Dl4jNetworks.Part batchNorm(int channels, IActivation activation, InputPreProcessor pre,
                                               FlatValues params, FlatValues state) {
        Map<String, INDArray> values = new LinkedHashMap<>();
        values.put("gamma", params.take(channels));
        values.put("beta", params.take(channels));
        values.put("mean", state.take(channels));
        values.put("var", state.take(channels));
        BatchNormalization config = new BatchNormalization.Builder().nIn(channels).nOut(channels)
                .eps(BatchNorm.EPSILON).decay(1 - BatchNorm.MOMENTUM).useLogStd(false)
                .activation(activation).build();
        return new Dl4jNetworks.Part(config, pre, values);
    }
}
