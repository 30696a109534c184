package org.ganlab.engine.nn;

import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_BIAS;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DIFF_BIAS;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DIFF_DST;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DIFF_SRC;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DIFF_WEIGHTS;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DST;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_SRC;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_WEIGHTS;

import org.bytedeco.dnnl.IntMemoryMap;
import org.bytedeco.dnnl.convolution_backward_data;
import org.bytedeco.dnnl.convolution_backward_weights;
import org.bytedeco.dnnl.convolution_forward;
import org.bytedeco.dnnl.deconvolution_backward_data;
import org.bytedeco.dnnl.deconvolution_backward_weights;
import org.bytedeco.dnnl.deconvolution_forward;
import org.bytedeco.dnnl.global.dnnl.algorithm;
import org.bytedeco.dnnl.global.dnnl.prop_kind;
import org.bytedeco.dnnl.memory;
import org.bytedeco.dnnl.primitive;
import org.bytedeco.dnnl.primitive_desc;
import org.bytedeco.dnnl.reorder;
import org.bytedeco.dnnl.stream;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One {@link Conv2d} layer's oneDNN primitives, made once per batch size and kept (for the
 * {@link BatchBuffers#KEPT} most recent sizes, as the layers' buffers are), with the blocked
 * buffers oneDNN computes in. ND4J's arrays stay NCHW; each call converts into and out of
 * oneDNN's layout in place of libnd4j's fresh buffer per call, and the backward pass reuses the
 * forward pass's converted input instead of converting it again. D's first layer, whose input
 * gradient nobody needs, runs the weight gradient alone (libnd4j's op always computes both).
 *
 * <p>Weights keep the layer's layouts, {@code [kH, kW, inC, outC]} for a convolution and
 * {@code [kH, kW, outC, inC]} for a transposed one, described to oneDNN by their strides.
 */
final class OneDnnConvolution {

    private final ConvGeometry geometry;
    private final RecentArrays<Plan> plans = new RecentArrays<>(BatchBuffers.KEPT, Plan::new);
    private final stream stream = new stream(OneDnn.cpu());
    private Plan last;

    OneDnnConvolution(ConvGeometry geometry) {
        this.geometry = geometry;
    }

    /** y = x ⊛ W, plus the bias for a convolution (a transposed one's bias is the caller's). */
    void forward(INDArray x, INDArray weights, INDArray bias, INDArray y) {
        Plan plan = plans.get(x.size(0));
        last = plan;
        plan.src.load(x);
        plan.weights.load(weights);
        if (plan.bias != null) {
            plan.bias.load(bias);
        }
        plan.dst.bind(y);
        plan.forward.execute(stream, plan.forwardArgs);
        plan.dst.store();
        stream._wait();
    }

    /**
     * The gradients of the last forward pass: {@code gradIn} (dL/dx) unless null, and
     * {@code weightGrad} and {@code biasGrad} (overwritten, not added to) unless null.
     */
    void backward(INDArray x, INDArray gradOut, INDArray weights, INDArray gradIn, INDArray weightGrad,
            INDArray biasGrad) {
        Plan plan = last;
        if (plan == null || plan.batch != gradOut.size(0)) {
            throw new IllegalStateException("backward without a forward pass at batch " + gradOut.size(0));
        }
        plan.prepareBackward();
        if (gradIn != null) {
            plan.gradOutForData.load(gradOut);
            plan.weightsForData.load(weights);
            plan.gradIn.bind(gradIn);
            plan.backwardData.execute(stream, plan.backwardDataArgs);
            plan.gradIn.store();
        }
        if (weightGrad != null) {
            if (plan.srcForWeights != plan.src) {
                plan.srcForWeights.load(x);
            }
            // one conversion serves both primitives when they read g_out in the same layout
            if (gradIn == null || plan.gradOutForWeights != plan.gradOutForData) {
                plan.gradOutForWeights.load(gradOut);
            }
            plan.weightGrad.bind(weightGrad);
            plan.biasGrad.bind(biasGrad);
            plan.backwardWeights.execute(stream, plan.backwardWeightsArgs);
            plan.weightGrad.store();
        }
        stream._wait();
    }

    /** The primitives and buffers for one batch size. */
    private final class Plan {
        final long batch;
        final memory.desc srcDesc;
        final memory.desc weightsDesc;
        final memory.desc biasDesc;
        final memory.desc dstDesc;
        final primitive_desc forwardDesc;
        final primitive forward;
        final Port src;
        final Port weights;
        final Port bias;
        final Port dst;
        final IntMemoryMap forwardArgs = new IntMemoryMap();
        primitive backwardData;
        primitive backwardWeights;
        Port gradOutForData;
        Port gradOutForWeights;
        Port weightsForData;
        Port srcForWeights;
        Port gradIn;
        Port weightGrad;
        Port biasGrad;
        final IntMemoryMap backwardDataArgs = new IntMemoryMap();
        final IntMemoryMap backwardWeightsArgs = new IntMemoryMap();

        Plan(long batch) {
            this.batch = batch;
            ConvGeometry g = geometry;
            srcDesc = activations(batch, g.inChannels(), g.inSize());
            dstDesc = activations(batch, g.outChannels(), g.outSize());
            weightsDesc = userWeights();
            biasDesc = new memory.desc(new long[] {g.outChannels()}, memory.data_type.f32, memory.format_tag.x);
            forwardDesc = g.transposed()
                    ? new deconvolution_forward.primitive_desc(new deconvolution_forward.desc(prop_kind.forward_training,
                            algorithm.deconvolution_direct, any(srcDesc), any(weightsDesc), any(dstDesc),
                            strides(), padding(), paddingRight()), OneDnn.cpu())
                    : new convolution_forward.primitive_desc(new convolution_forward.desc(prop_kind.forward_training,
                            algorithm.convolution_auto, any(srcDesc), any(weightsDesc), biasDesc, any(dstDesc),
                            strides(), padding(), paddingRight()), OneDnn.cpu());
            forward = new primitive(forwardDesc);
            src = Port.input(srcDesc, forwardDesc.src_desc(0), stream);
            weights = Port.input(weightsDesc, forwardDesc.weights_desc(0), stream);
            bias = g.transposed() ? null : Port.input(biasDesc, biasDesc, stream);
            dst = Port.output(dstDesc, forwardDesc.dst_desc(0), stream);
            forwardArgs.put(DNNL_ARG_SRC, src.inner);
            forwardArgs.put(DNNL_ARG_WEIGHTS, weights.inner);
            if (bias != null) {
                forwardArgs.put(DNNL_ARG_BIAS, bias.inner);
            }
            forwardArgs.put(DNNL_ARG_DST, dst.inner);
        }

        /** The backward primitives, made on the first backward pass (sampling never needs them). */
        void prepareBackward() {
            if (backwardData != null) {
                return;
            }
            ConvGeometry g = geometry;
            primitive_desc data;
            primitive_desc grads;
            if (g.transposed()) {
                var hint = (deconvolution_forward.primitive_desc) forwardDesc;
                data = new deconvolution_backward_data.primitive_desc(new deconvolution_backward_data.desc(
                        algorithm.deconvolution_direct, any(srcDesc), any(weightsDesc), any(dstDesc), strides(),
                        padding(), paddingRight()), OneDnn.cpu(), hint);
                grads = new deconvolution_backward_weights.primitive_desc(new deconvolution_backward_weights.desc(
                        algorithm.deconvolution_direct, any(srcDesc), any(weightsDesc), biasDesc, any(dstDesc),
                        strides(), padding(), paddingRight()), OneDnn.cpu(), hint);
            } else {
                var hint = (convolution_forward.primitive_desc) forwardDesc;
                data = new convolution_backward_data.primitive_desc(new convolution_backward_data.desc(
                        algorithm.convolution_auto, any(srcDesc), any(weightsDesc), any(dstDesc), strides(),
                        padding(), paddingRight()), OneDnn.cpu(), hint);
                grads = new convolution_backward_weights.primitive_desc(new convolution_backward_weights.desc(
                        algorithm.convolution_auto, any(srcDesc), any(weightsDesc), biasDesc, any(dstDesc),
                        strides(), padding(), paddingRight()), OneDnn.cpu(), hint);
            }
            gradOutForData = Port.input(dstDesc, data.diff_dst_desc(0), stream);
            gradOutForWeights = data.diff_dst_desc(0).equals(grads.diff_dst_desc(0))
                    ? gradOutForData : Port.input(dstDesc, grads.diff_dst_desc(0), stream);
            weightsForData = Port.input(weightsDesc, data.weights_desc(0), stream);
            // the forward pass already converted x when both primitives read it in one layout
            srcForWeights = forwardDesc.src_desc(0).equals(grads.src_desc(0))
                    ? src : Port.input(srcDesc, grads.src_desc(0), stream);
            gradIn = Port.output(srcDesc, data.diff_src_desc(0), stream);
            weightGrad = Port.output(weightsDesc, grads.diff_weights_desc(0), stream);
            biasGrad = Port.output(biasDesc, biasDesc, stream);
            backwardDataArgs.put(DNNL_ARG_DIFF_DST, gradOutForData.inner);
            backwardDataArgs.put(DNNL_ARG_WEIGHTS, weightsForData.inner);
            backwardDataArgs.put(DNNL_ARG_DIFF_SRC, gradIn.inner);
            backwardWeightsArgs.put(DNNL_ARG_SRC, srcForWeights.inner);
            backwardWeightsArgs.put(DNNL_ARG_DIFF_DST, gradOutForWeights.inner);
            backwardWeightsArgs.put(DNNL_ARG_DIFF_WEIGHTS, weightGrad.inner);
            backwardWeightsArgs.put(DNNL_ARG_DIFF_BIAS, biasGrad.inner);
            backwardData = new primitive(data);
            backwardWeights = new primitive(grads);
        }
    }

    private static memory.desc activations(long batch, int channels, int size) {
        return new memory.desc(new long[] {batch, channels, size, size}, memory.data_type.f32, memory.format_tag.nchw);
    }

    /** The layer's weight array as oneDNN's {oC, iC, kH, kW}, by strides. */
    private memory.desc userWeights() {
        long k = geometry.kernel();
        long in = geometry.inChannels();
        long out = geometry.outChannels();
        long[] dims = {out, in, k, k};
        long[] strides = geometry.transposed()
                ? new long[] {in, 1, k * out * in, out * in}     // [kH, kW, outC, inC]
                : new long[] {1, out, k * in * out, in * out};   // [kH, kW, inC, outC]
        return new memory.desc(new LongPointer(dims), memory.data_type.f32, new LongPointer(strides));
    }

    private static memory.desc any(memory.desc user) {
        return new memory.desc(user.dims(), memory.data_type.f32, memory.format_tag.any);
    }

    private long[] strides() {
        return new long[] {geometry.stride(), geometry.stride()};
    }

    private long[] padding() {
        return new long[] {geometry.padding(), geometry.padding()};
    }

    /**
     * The padding past the last row and column of the convolution (for a transposed layer, of the
     * convolution it transposes): whatever makes its output come out at the layer's size.
     */
    private long[] paddingRight() {
        int small = geometry.transposed() ? geometry.inSize() : geometry.outSize();
        int big = geometry.transposed() ? geometry.outSize() : geometry.inSize();
        long right = (long) (small - 1) * geometry.stride() + geometry.kernel() - big - geometry.padding();
        return new long[] {right, right};
    }

    /**
     * One array as ND4J holds it and as the primitive reads or writes it: the same memory when
     * the layouts agree, else a buffer of oneDNN's and a reorder between the two.
     */
    private static final class Port {
        final memory user;
        final memory inner;
        final reorder convert;
        final stream stream;

        private Port(memory.desc userDesc, memory.desc innerDesc, stream stream, boolean input) {
            this.stream = stream;
            this.user = new memory(userDesc, OneDnn.cpu(), (Pointer) null);
            boolean same = userDesc.equals(innerDesc);
            this.inner = same ? user : new memory(innerDesc, OneDnn.cpu());
            this.convert = same ? null : input ? new reorder(user, inner) : new reorder(inner, user);
        }

        static Port input(memory.desc userDesc, memory.desc innerDesc, stream stream) {
            return new Port(userDesc, innerDesc, stream, true);
        }

        static Port output(memory.desc userDesc, memory.desc innerDesc, stream stream) {
            return new Port(userDesc, innerDesc, stream, false);
        }

        /** Points the port at the array and converts it into the primitive's layout. */
        void load(INDArray array) {
            bind(array);
            if (convert != null) {
                convert.execute(stream, user, inner);
            }
        }

        /** Points the port at the array a primitive's result goes to ({@link #store} after it). */
        void bind(INDArray array) {
            user.set_data_handle(OneDnn.pointer(array), stream);
        }

        /** Converts the primitive's result into the bound array. */
        void store() {
            if (convert != null) {
                convert.execute(stream, inner, user);
            }
        }
    }
}
