package org.ganlab.engine.nn;

import static org.ganlab.engine.nn.NativeOps.in;
import static org.ganlab.engine.nn.NativeOps.out;

import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A 2-D convolution, or its transpose that up-samples, on NCHW batches;
 * {@link ConvGeometry#transposed()} picks which. Weights are {@code [kH, kW, inC, outC]} for a
 * convolution and {@code [kH, kW, outC, inC]} for a transpose.
 *
 * <p>Float batches (training) run on oneDNN's primitives directly ({@link OneDnnConvolution});
 * double ones (the gradient checks), the gradient penalty's second derivative, and any machine
 * where oneDNN does not load run libnd4j's {@code conv2d} / {@code deconv2d} ops.
 *
 * <p>The two are each other's input gradient with the same weights. So when only the input
 * gradient is wanted (the generator's step back-propagating through D), the layer runs the other
 * direction's forward op instead of the full backward op, which would also compute the unused
 * weight gradient (on libnd4j's route; the oneDNN route runs the backward-data primitive alone).
 */
public final class Conv2d implements Layer {

    private final ConvGeometry geometry;
    private final String forwardOp;
    private final String backwardOp;
    private final String inputGradientOp;
    private final BatchBuffers outputs;
    private final BatchBuffers inputGrads;
    private INDArray weights;
    private INDArray bias;
    private INDArray weightGrad;
    private INDArray biasGrad;
    private INDArray weightGradScratch;
    private INDArray biasGradScratch;
    private INDArray lastInput;
    private INDArray lastGradOut;
    private final BatchBuffers gradOutGrads;
    private final boolean directAllowed;
    private OneDnnConvolution direct;

    public Conv2d(ConvGeometry geometry) {
        this(geometry, true);
    }

    /** @param directAllowed false keeps even float batches on libnd4j's ops (tests compare the two) */
    Conv2d(ConvGeometry geometry, boolean directAllowed) {
        this.geometry = geometry;
        this.directAllowed = directAllowed;
        this.forwardOp = geometry.transposed() ? "deconv2d" : "conv2d";
        this.backwardOp = forwardOp + "_bp";
        this.inputGradientOp = geometry.transposed() ? "conv2d" : "deconv2d";
        this.outputs = new BatchBuffers(geometry.outputShape());
        this.inputGrads = new BatchBuffers(geometry.inputShape());
        this.gradOutGrads = new BatchBuffers(geometry.outputShape());
    }

    @Override
    public int[] outputShape() {
        return geometry.outputShape();
    }

    public ConvGeometry geometry() {
        return geometry;
    }

    @Override
    public int paramCount() {
        return geometry.weightCount() + geometry.outChannels();
    }

    @Override
    public void bind(FlatSlice params, FlatSlice grads, FlatSlice state) {
        long[] shape = weightShape();
        weights = params.take(shape);
        bias = params.take(geometry.outChannels());
        weightGrad = grads.take(shape);
        biasGrad = grads.take(geometry.outChannels());
        // the native backward op overwrites its outputs; layers must add to shared gradients
        weightGradScratch = weightGrad.ulike();
        biasGradScratch = biasGrad.ulike();
    }

    private long[] weightShape() {
        int k = geometry.kernel();
        return geometry.transposed()
                ? new long[] {k, k, geometry.outChannels(), geometry.inChannels()}
                : new long[] {k, k, geometry.inChannels(), geometry.outChannels()};
    }

    @Override
    public void initialize(RandomGenerator rng, WeightInit scheme) {
        // PyTorch's default bound 1/sqrt(fan-in); its ConvTranspose2d takes the fan-in from the
        // output channels, kept here for parity with the reference.
        int fanChannels = geometry.transposed() ? geometry.outChannels() : geometry.inChannels();
        double bound = 1 / Math.sqrt(fanChannels * geometry.kernel() * geometry.kernel());
        Init.weights(weights, rng, scheme, bound);
        Init.bias(bias, rng, scheme, bound);
    }

    /** The oneDNN route for these arrays, or null for libnd4j's ops. */
    private OneDnnConvolution direct(INDArray batch) {
        if (!directAllowed || !OneDnn.supports(batch) || !OneDnn.supports(weights)
                || !OneDnn.supports(bias) || !OneDnn.available()) {
            return null;
        }
        if (direct == null) {
            direct = new OneDnnConvolution(geometry);
        }
        return direct;
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        lastInput = x;
        INDArray y = outputs.like(x);
        OneDnnConvolution onednn = direct(x);
        if (onednn != null) {
            onednn.forward(x, weights, bias, y);
            if (geometry.transposed()) {
                Nd4j.exec(new BroadcastAddOp(y, bias, y, 1));
            }
        } else if (geometry.transposed()) {
            // oneDNN 2.3's deconvolution adds a bias element by element through generic blocked
            // offsets: 13.6 of 18.8 ms for G's first up-sampling at batch 64 (DNNL_VERBOSE, the
            // same primitive without bias 5.2 ms). A broadcast add afterwards takes well under 1 ms.
            NativeOps.exec(forwardOp, in(x, weights), out(y), geometry.intArgs());
            Nd4j.exec(new BroadcastAddOp(y, bias, y, 1));
        } else {
            NativeOps.exec(forwardOp, in(x, weights, bias), out(y), geometry.intArgs());
        }
        return y;
    }

    @Override
    public INDArray backward(INDArray gradOut, boolean paramGrads, boolean inputGrad) {
        lastGradOut = gradOut;
        INDArray gradIn = inputGrads.like(gradOut);
        OneDnnConvolution onednn = direct(gradOut);
        if (onednn != null && OneDnn.supports(lastInput)) {
            if (!paramGrads && !inputGrad) {
                return null;
            }
            onednn.backward(lastInput, gradOut, weights, inputGrad ? gradIn : null,
                    paramGrads ? weightGradScratch : null, paramGrads ? biasGradScratch : null);
            if (paramGrads) {
                weightGrad.addi(weightGradScratch);
                biasGrad.addi(biasGradScratch);
            }
            return inputGrad ? gradIn : null;
        }
        if (paramGrads) {
            // Also when !inputGrad (D's first layer): libnd4j has no weight-only op, its oneDNN
            // conv2d_bp always runs backward-data, and an im2col + GEMM weight gradient was not
            // measurably faster (slower with more than one input channel).
            NativeOps.exec(backwardOp, in(lastInput, weights, bias, gradOut),
                    out(gradIn, weightGradScratch, biasGradScratch), geometry.intArgs());
            weightGrad.addi(weightGradScratch);
            biasGrad.addi(biasGradScratch);
            return gradIn;
        }
        if (!inputGrad) {
            return null;
        }
        if (!geometry.invertible()) {
            // the shortcut would come out a row short: run the full op, drop its weight gradient
            NativeOps.exec(backwardOp, in(lastInput, weights, bias, gradOut),
                    out(gradIn, weightGradScratch, biasGradScratch), geometry.intArgs());
            return gradIn;
        }
        NativeOps.exec(inputGradientOp, in(gradOut, weights), out(gradIn), geometry.intArgs());
        return gradIn;
    }

    /**
     * A convolution's input gradient is the transposed convolution of g_out with W: linear in
     * both. That op's own backward gives dL/dg_out and dL/dW (its weight layout is the
     * convolution's) in one call.
     */
    @Override
    public INDArray backwardOfInputGradient(INDArray gradOfInputGrad) {
        if (geometry.transposed()) {
            throw Layer.noSecondDerivative("a transposed convolution");
        }
        if (!geometry.invertible()) {
            throw new UnsupportedOperationException("a gradient penalty cannot pass through a " + geometry.kernel()
                    + "x" + geometry.kernel() + " convolution with stride " + geometry.stride() + " and padding "
                    + geometry.padding() + " on " + geometry.inSize() + "x" + geometry.inSize()
                    + ": its transpose does not map back to the input size");
        }
        INDArray gradOfGradOut = gradOutGrads.like(gradOfInputGrad);
        NativeOps.exec("deconv2d_bp", in(lastGradOut, weights, gradOfInputGrad), out(gradOfGradOut, weightGradScratch),
                geometry.intArgs());
        weightGrad.addi(weightGradScratch);
        return gradOfGradOut;
    }
}
