package org.ganlab.engine.nn;

import static org.ganlab.engine.nn.NativeOps.in;
import static org.ganlab.engine.nn.NativeOps.out;

import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A transposed 2-D convolution that up-samples NCHW batches (libnd4j {@code deconv2d}).
 * Weights are {@code [kH, kW, outC, inC]}.
 */
public final class Deconv2d implements Layer {

    private final ConvGeometry geometry;
    private final BatchBuffers outputs;
    private final BatchBuffers inputGrads;
    private INDArray weights;
    private INDArray bias;
    private INDArray weightGrad;
    private INDArray biasGrad;
    private INDArray weightGradScratch;
    private INDArray biasGradScratch;
    private INDArray lastInput;

    public Deconv2d(ConvGeometry geometry) {
        if (!geometry.transposed()) {
            throw new IllegalArgumentException("Deconv2d needs a transposed geometry");
        }
        this.geometry = geometry;
        this.outputs = new BatchBuffers(geometry.outputShape());
        this.inputGrads = new BatchBuffers(geometry.inputShape());
    }

    @Override
    public int[] outputShape() {
        return geometry.outputShape();
    }

    @Override
    public int paramCount() {
        return geometry.weightCount() + geometry.outChannels();
    }

    @Override
    public void bind(FlatSlice params, FlatSlice grads, FlatSlice state) {
        int k = geometry.kernel();
        weights = params.take(k, k, geometry.outChannels(), geometry.inChannels());
        bias = params.take(geometry.outChannels());
        weightGrad = grads.take(k, k, geometry.outChannels(), geometry.inChannels());
        biasGrad = grads.take(geometry.outChannels());
        // the native backward op overwrites its outputs; layers must add to shared gradients
        weightGradScratch = weightGrad.ulike();
        biasGradScratch = biasGrad.ulike();
    }

    @Override
    public void initialize(RandomGenerator rng) {
        // PyTorch's ConvTranspose2d takes its fan-in from the output channels: keep that for parity.
        double bound = 1 / Math.sqrt(geometry.outChannels() * geometry.kernel() * geometry.kernel());
        Init.uniform(weights, rng, bound);
        Init.uniform(bias, rng, bound);
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        lastInput = x;
        INDArray y = outputs.get(x.size(0));
        NativeOps.exec("deconv2d", in(x, weights, bias), out(y), geometry.intArgs());
        return y;
    }

    @Override
    public INDArray backward(INDArray gradOut, boolean paramGrads, boolean inputGrad) {
        INDArray gradIn = inputGrads.get(gradOut.size(0));
        if (paramGrads) {
            NativeOps.exec("deconv2d_bp", in(lastInput, weights, bias, gradOut), out(gradIn, weightGradScratch, biasGradScratch),
                    geometry.intArgs());
            weightGrad.addi(weightGradScratch);
            biasGrad.addi(biasGradScratch);
            return gradIn;
        }
        if (!inputGrad) {
            return null;
        }
        NativeOps.exec("conv2d", in(gradOut, weights), out(gradIn), geometry.intArgs());
        return gradIn;
    }
}
