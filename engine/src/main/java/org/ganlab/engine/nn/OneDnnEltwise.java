package org.ganlab.engine.nn;

import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DIFF_DST;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DIFF_SRC;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DST;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_SRC;

import org.bytedeco.dnnl.IntMemoryMap;
import org.bytedeco.dnnl.eltwise_backward;
import org.bytedeco.dnnl.eltwise_forward;
import org.bytedeco.dnnl.global.dnnl.algorithm;
import org.bytedeco.dnnl.global.dnnl.prop_kind;
import org.bytedeco.dnnl.memory;
import org.bytedeco.dnnl.primitive;
import org.bytedeco.dnnl.stream;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An activation as oneDNN's element-wise primitive, one vectorised, branch-free pass each way.
 * A (leaky) ReLU ({@code y = x > 0 ? x : αx}, {@code g_in = x > 0 ? g_out : α g_out}) takes three
 * passes forward on the ND4J route (a slope mask made with {@code sign} and {@code max}, then the
 * product) and keeps the mask; tanh goes through libnd4j's oneDNN glue, which makes its
 * primitive anew on every call. Tanh's backward pass reads the output ({@code 1 − y²}), the
 * ReLUs' the input. Arrays are described to oneDNN as flat runs of floats: the operation does not
 * care about their shape. The primitives are made once per batch size, like the layers' buffers.
 */
final class OneDnnEltwise {

    private final algorithm kind;
    private final float alpha;
    private final long exampleSize;
    private final RecentArrays<Plan> plans = new RecentArrays<>(BatchBuffers.KEPT, Plan::new);
    private final stream stream = new stream(OneDnn.cpu());

    static OneDnnEltwise relu(double alpha, long exampleSize) {
        return new OneDnnEltwise(algorithm.eltwise_relu, alpha, exampleSize);
    }

    static OneDnnEltwise tanh(long exampleSize) {
        return new OneDnnEltwise(algorithm.eltwise_tanh_use_dst_for_bwd, 0, exampleSize);
    }

    private OneDnnEltwise(algorithm kind, double alpha, long exampleSize) {
        this.kind = kind;
        this.alpha = (float) alpha;
        this.exampleSize = exampleSize;
    }

    void forward(INDArray x, INDArray y) {
        Plan plan = plans.get(x.size(0));
        plan.src.set_data_handle(OneDnn.pointer(x), stream);
        plan.dst.set_data_handle(OneDnn.pointer(y), stream);
        plan.forward.execute(stream, plan.forwardArgs);
        stream._wait();
    }

    /**
     * g_in for the forward pass at the same batch size that read x and wrote y (a ReLU reads x,
     * tanh y).
     */
    void backward(INDArray x, INDArray y, INDArray gradOut, INDArray gradIn) {
        Plan plan = plans.get(x.size(0));
        plan.prepareBackward();
        plan.src.set_data_handle(OneDnn.pointer(x), stream);
        plan.dst.set_data_handle(OneDnn.pointer(y), stream);
        plan.diffDst.set_data_handle(OneDnn.pointer(gradOut), stream);
        plan.diffSrc.set_data_handle(OneDnn.pointer(gradIn), stream);
        plan.backward.execute(stream, plan.backwardArgs);
        stream._wait();
    }

    private final class Plan {
        final memory.desc desc;
        final eltwise_forward.primitive_desc forwardDesc;
        final primitive forward;
        final memory src;
        final memory dst;
        final IntMemoryMap forwardArgs = new IntMemoryMap();
        primitive backward;
        memory diffDst;
        memory diffSrc;
        final IntMemoryMap backwardArgs = new IntMemoryMap();

        Plan(long batch) {
            desc = new memory.desc(new long[] {batch * exampleSize}, memory.data_type.f32, memory.format_tag.a);
            forwardDesc = new eltwise_forward.primitive_desc(new eltwise_forward.desc(prop_kind.forward_training,
                    kind, desc, alpha, 0f), OneDnn.cpu());
            forward = new primitive(forwardDesc);
            src = new memory(desc, OneDnn.cpu(), (Pointer) null);
            dst = new memory(desc, OneDnn.cpu(), (Pointer) null);
            forwardArgs.put(DNNL_ARG_SRC, src);
            forwardArgs.put(DNNL_ARG_DST, dst);
        }

        void prepareBackward() {
            if (backward != null) {
                return;
            }
            backward = new primitive(new eltwise_backward.primitive_desc(new eltwise_backward.desc(
                    kind, desc, desc, alpha, 0f), OneDnn.cpu(), forwardDesc));
            diffDst = new memory(desc, OneDnn.cpu(), (Pointer) null);
            diffSrc = new memory(desc, OneDnn.cpu(), (Pointer) null);
            // the primitive reads the one it was made for: dst for tanh, src for the ReLUs
            backwardArgs.put(kind == algorithm.eltwise_tanh_use_dst_for_bwd ? DNNL_ARG_DST : DNNL_ARG_SRC,
                    kind == algorithm.eltwise_tanh_use_dst_for_bwd ? dst : src);
            backwardArgs.put(DNNL_ARG_DIFF_DST, diffDst);
            backwardArgs.put(DNNL_ARG_DIFF_SRC, diffSrc);
        }
    }
}
