package org.ganlab.engine.nn;

import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_BIAS;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_DST;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_SRC;
import static org.bytedeco.dnnl.global.dnnl.DNNL_ARG_WEIGHTS;

import org.bytedeco.dnnl.IntMemoryMap;
import org.bytedeco.dnnl.matmul;
import org.bytedeco.dnnl.memory;
import org.bytedeco.dnnl.post_ops;
import org.bytedeco.dnnl.primitive;
import org.bytedeco.dnnl.primitive_attr;
import org.bytedeco.dnnl.stream;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One call site's matrix product {@code C = op(A)·op(B) [+ bias] [+ C]} as oneDNN's matmul
 * primitive, made once per shape (the batch sizes training sees) and kept. libnd4j's
 * {@code matmul} makes its oneDNN primitive anew on every call, which cost more than the product
 * itself for the mlp's small and skinny shapes (D's 256→1 layer, the bias sums). Transposes are
 * strides, not copies; the bias is added inside the product and accumulation is oneDNN's "sum"
 * post-op, so {@link Dense} makes one call where it made two.
 */
final class OneDnnMatmul {

    private final boolean transposeA;
    private final boolean transposeB;
    private final boolean accumulate;
    private final boolean withBias;
    private final RecentArrays<Plan> plans = new RecentArrays<>(BatchBuffers.KEPT, key -> new Plan(key));
    private final stream stream = new stream(OneDnn.cpu());

    /** Matrices up to this many rows and columns fit a plan's key. */
    static final long MAX_SIDE = (1 << 16) - 1;

    /**
     * @param accumulate add the product to C instead of overwriting it
     * @param withBias   add a {@code [1, N]} row to every row of the product
     */
    OneDnnMatmul(boolean transposeA, boolean transposeB, boolean accumulate, boolean withBias) {
        this.transposeA = transposeA;
        this.transposeB = transposeB;
        this.accumulate = accumulate;
        this.withBias = withBias;
    }

    /** Whether {@link #exec} takes these arrays: float, dense, rank 2, no side over {@link #MAX_SIDE}. */
    static boolean supports(INDArray... arrays) {
        for (INDArray array : arrays) {
            if (!OneDnn.supports(array) || array.rank() != 2 || array.size(0) > MAX_SIDE || array.size(1) > MAX_SIDE) {
                return false;
            }
        }
        return true;
    }

    /** C = op(a)·op(b) (+ bias) (+ C), the arrays as {@link #supports} takes them. */
    void exec(INDArray a, INDArray b, INDArray bias, INDArray c) {
        Plan plan = plans.get(a.size(0) << 48 | a.size(1) << 32 | b.size(0) << 16 | b.size(1));
        plan.a.set_data_handle(OneDnn.pointer(a), stream);
        plan.b.set_data_handle(OneDnn.pointer(b), stream);
        if (withBias) {
            plan.bias.set_data_handle(OneDnn.pointer(bias), stream);
        }
        plan.c.set_data_handle(OneDnn.pointer(c), stream);
        plan.product.execute(stream, plan.args);
        stream._wait();
    }

    private final class Plan {
        final memory a;
        final memory b;
        final memory bias;
        final memory c;
        final primitive product;
        final IntMemoryMap args = new IntMemoryMap();

        /** @param shapes the two arrays' shapes, 16 bits a side: a's rows and columns, b's */
        Plan(long shapes) {
            long side = MAX_SIDE;
            memory.desc aDesc = matrix(shapes >>> 48 & side, shapes >>> 32 & side, transposeA);
            memory.desc bDesc = matrix(shapes >>> 16 & side, shapes & side, transposeB);
            long m = transposeA ? (shapes >>> 32 & side) : (shapes >>> 48 & side);
            long n = transposeB ? (shapes >>> 16 & side) : (shapes & side);
            memory.desc cDesc = new memory.desc(new long[] {m, n}, memory.data_type.f32, memory.format_tag.ab);
            memory.desc biasDesc = new memory.desc(new long[] {1, n}, memory.data_type.f32, memory.format_tag.ab);
            primitive_attr attr = new primitive_attr();
            if (accumulate) {
                post_ops ops = new post_ops();
                ops.append_sum();   // C += product (scale 1)
                attr.set_post_ops(ops);
            }
            var desc = withBias ? new matmul.desc(aDesc, bDesc, biasDesc, cDesc) : new matmul.desc(aDesc, bDesc, cDesc);
            product = new primitive(new matmul.primitive_desc(desc, attr, OneDnn.cpu()));
            a = new memory(aDesc, OneDnn.cpu(), (Pointer) null);
            b = new memory(bDesc, OneDnn.cpu(), (Pointer) null);
            c = new memory(cDesc, OneDnn.cpu(), (Pointer) null);
            bias = withBias ? new memory(biasDesc, OneDnn.cpu(), (Pointer) null) : null;
            args.put(DNNL_ARG_SRC, a);
            args.put(DNNL_ARG_WEIGHTS, b);
            if (withBias) {
                args.put(DNNL_ARG_BIAS, bias);
            }
            args.put(DNNL_ARG_DST, c);
        }
    }

    /** A row-major {@code [rows, cols]} array as oneDNN's {@code [rows, cols]}, or {@code [cols, rows]} by strides when transposed. */
    private static memory.desc matrix(long rows, long cols, boolean transpose) {
        long[] dims = transpose ? new long[] {cols, rows} : new long[] {rows, cols};
        long[] strides = transpose ? new long[] {1, cols} : new long[] {cols, 1};
        return new memory.desc(new LongPointer(dims), memory.data_type.f32, new LongPointer(strides));
    }
}
