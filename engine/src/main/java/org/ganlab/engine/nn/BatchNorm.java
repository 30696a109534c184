package org.ganlab.engine.nn;

import java.nio.FloatBuffer;
import org.ganlab.engine.Backend;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastSubOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Batch normalisation over the channel axis (axis 1) of {@code [n, C]} or {@code [n, C, H, W]}
 * batches, with a learned scale γ and shift β, like PyTorch's BatchNorm1d/2d (momentum 0.1,
 * ε 1e-5). Training normalises with the batch's statistics and updates running estimates;
 * evaluation (sample grids) uses the running estimates.
 *
 * <p>Why hand-written: ND4J's axis reductions and its batchnorm ops took 3–7 ms per call here,
 * about a third of a DCGAN step. Float batches (training) go through {@link FloatBatchNorm}'s
 * passes in Java over native memory; other batches (the gradient checks in double) through
 * per-channel sums as GEMMs against a vector of ones and two or three broadcast ops. Either way
 * the per-channel arithmetic runs in double in Java, on at most a few thousand values.
 *
 * <p>Nothing is allocated off-heap after the first call at a batch size: the sums go into
 * reused buffers and the per-channel vectors into {@link ChannelVectors}.
 */
public final class BatchNorm implements Layer {

    /** Added to the variance before the square root (PyTorch's default). */
    public static final double EPSILON = 1e-5;
    /** Weight of the latest batch in the running statistics (PyTorch's default). */
    public static final double MOMENTUM = 0.1;

    private final int[] shape;
    private final int channels;
    private final int spatial;
    private final BatchBuffers outputs;
    private final BatchBuffers inputGrads;
    private final BatchBuffers products;
    /** Per-example channel sums over the spatial positions, {@code [n, C]} (viewed as {@code [n·C, 1]}). */
    private final BatchBuffers rowSums;
    private final OnesRows ones = new OnesRows();
    private INDArray gamma;
    private INDArray beta;
    private INDArray gammaGrad;
    private INDArray betaGrad;
    private INDArray runningMean;
    private INDArray runningVar;
    private INDArray lastInput;
    private double[] lastMean;
    private double[] lastInvStd;
    private ChannelVectors vectors;
    private final FloatBatchNorm kernels;

    /** @param shape one example's shape: {@code [C]} or {@code [C, H, W]} */
    public BatchNorm(int... shape) {
        this.shape = shape.clone();
        this.channels = shape[0];
        this.spatial = shape.length == 1 ? 1 : shape[1] * shape[2];
        this.outputs = new BatchBuffers(shape);
        this.inputGrads = new BatchBuffers(shape);
        this.products = new BatchBuffers(shape);
        this.rowSums = new BatchBuffers(channels);
        this.kernels = new FloatBatchNorm(channels, spatial);
    }

    @Override
    public int[] outputShape() {
        return shape.clone();
    }

    @Override
    public boolean mixesExamples() {
        return true;
    }

    @Override
    public int paramCount() {
        return 2 * channels;
    }

    @Override
    public int stateCount() {
        return 2 * channels;
    }

    @Override
    public void bind(FlatSlice params, FlatSlice grads, FlatSlice state) {
        gamma = params.take(channels);
        beta = params.take(channels);
        gammaGrad = grads.take(channels);
        betaGrad = grads.take(channels);
        runningMean = state.take(channels);
        runningVar = state.take(channels);
    }

    @Override
    public void initialize(java.util.random.RandomGenerator rng, WeightInit scheme) {
        if (scheme == WeightInit.DCGAN) {
            Init.gaussian(gamma, rng, 1, WeightInit.DCGAN_STD);
        } else {
            gamma.assign(1);
        }
        beta.assign(0);
        runningMean.assign(0);
        runningVar.assign(1);
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        lastInput = x;
        double[] mean;
        double[] variance;
        if (training) {
            double count = x.size(0) * (double) spatial;
            mean = scaled(channelSums(x), 1 / count);
            variance = scaled(centredSquareSums(x, mean), 1 / count);
            updateRunningStatistics(mean, variance, count);
        } else {
            mean = values(runningMean);
            variance = values(runningVar);
        }
        lastMean = mean;
        lastInvStd = new double[channels];
        double[] g = values(gamma);
        double[] b = values(beta);
        double[] scale = new double[channels];
        double[] shift = new double[channels];
        for (int c = 0; c < channels; c++) {
            lastInvStd[c] = 1 / Math.sqrt(variance[c] + EPSILON);
            scale[c] = g[c] * lastInvStd[c];
            shift[c] = b[c] - mean[c] * scale[c];
        }
        INDArray y = outputs.like(x);
        if (inJava(x, y)) {
            kernels.affine(NativeFloats.of(x), rows(x), floats(scale), floats(shift), NativeFloats.of(y), Backend.threads());
            return y;
        }
        ChannelVectors v = vectorsFor(x.dataType());
        return affine(x, v.scale(scale), v.shift(shift), y);
    }

    private void updateRunningStatistics(double[] mean, double[] variance, double count) {
        double unbiased = count / Math.max(1, count - 1);
        double[] rm = values(runningMean);
        double[] rv = values(runningVar);
        for (int c = 0; c < channels; c++) {
            rm[c] = (1 - MOMENTUM) * rm[c] + MOMENTUM * mean[c];
            rv[c] = (1 - MOMENTUM) * rv[c] + MOMENTUM * variance[c] * unbiased;
        }
        store(runningMean, rm);
        store(runningVar, rv);
    }

    /**
     * The full gradient, with the batch mean and variance as functions of the input:
     * dx = A·g + B·x + C per channel, where A = γ/σ, B = -γ·dγ/(σ²·M), C = γ(μ·dγ/σ - dβ)/(σ·M),
     * dγ = Σ g·x̂ and dβ = Σ g over the M values of a channel.
     */
    @Override
    public INDArray backward(INDArray gradOut, boolean paramGrads, boolean inputGrad) {
        INDArray x = lastInput;
        double count = x.size(0) * (double) spatial;
        double[] sumG = new double[channels];
        double[] sumGX = new double[channels];
        INDArray gradIn = inputGrads.like(x);
        boolean inJava = inJava(x, gradOut) && inJava(x, gradIn);
        if (inJava) {
            kernels.gradientSums(NativeFloats.of(gradOut), NativeFloats.of(x), rows(x), sumG, sumGX, Backend.threads());
        } else {
            sumG = channelSums(gradOut);
            sumGX = channelSums(gradOut.mul(x, products.like(x)));
        }
        double[] g = values(gamma);
        double[] dGamma = new double[channels];
        double[] a = new double[channels];
        double[] b = new double[channels];
        double[] c = new double[channels];
        for (int ch = 0; ch < channels; ch++) {
            double inv = lastInvStd[ch];
            dGamma[ch] = inv * (sumGX[ch] - lastMean[ch] * sumG[ch]);
            a[ch] = g[ch] * inv;
            b[ch] = -g[ch] * inv * inv * dGamma[ch] / count;
            c[ch] = g[ch] * inv * (lastMean[ch] * inv * dGamma[ch] - sumG[ch]) / count;
        }
        if (paramGrads) {
            addTo(gammaGrad, dGamma);
            addTo(betaGrad, sumG);
        }
        if (inJava) {
            kernels.inputGradient(NativeFloats.of(gradOut), NativeFloats.of(x), rows(x), floats(a), floats(b), floats(c),
                    NativeFloats.of(gradIn), Backend.threads());
            return gradIn;
        }
        ChannelVectors v = vectorsFor(x.dataType());
        affine(gradOut, v.scale(a), null, gradIn);
        return gradIn.addi(affine(x, v.scale(b), v.shift(c), products.like(x)));
    }

    /**
     * Σ (x − μ)² per channel, two-pass: E[x²] − E[x]² from float32 sums cancels catastrophically
     * when a channel's mean is large against its spread (an offset of 1,000 with σ 0.01 loses
     * every digit), so the variance is summed from the centred values instead.
     */
    private double[] centredSquareSums(INDArray x, double[] mean) {
        if (inJava(x, x)) {
            return kernels.centredSquareSums(NativeFloats.of(x), rows(x), mean, Backend.threads());
        }
        INDArray centred = products.like(x);
        Nd4j.exec(new BroadcastSubOp(x, vectorsFor(x.dataType()).shift(mean), centred, 1));
        return channelSums(centred.muli(centred));
    }

    private static double[] scaled(double[] values, double factor) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i] * factor;
        }
        return out;
    }

    /** {@code out = x·scale + shift}, one scale and shift per channel (axis 1). */
    private static INDArray affine(INDArray x, INDArray scale, INDArray shift, INDArray out) {
        Nd4j.exec(new BroadcastMulOp(x, scale, out, 1));
        if (shift != null) {
            Nd4j.exec(new BroadcastAddOp(out, shift, out, 1));
        }
        return out;
    }

    /** Per-channel sums over the batch (and the spatial positions): GEMMs against ones, into reused buffers. */
    private double[] channelSums(INDArray x) {
        if (inJava(x, x)) {
            return kernels.sums(NativeFloats.of(x), rows(x), Backend.threads());
        }
        long n = x.size(0);
        DataType type = x.dataType();
        INDArray rows;
        if (spatial == 1) {
            rows = x.reshape('c', n, channels);
        } else {
            rows = rowSums.like(x);
            INDArray onesColumn = ones.get(spatial, type).reshape(spatial, 1);
            Nd4j.gemm(x.reshape('c', n * channels, spatial), onesColumn, rows.reshape('c', n * channels, 1),
                    false, false, 1.0, 0.0);
        }
        INDArray sums = vectorsFor(type).sums();
        Nd4j.gemm(ones.get(n, type), rows, sums, false, false, 1.0, 0.0);
        return values(sums);
    }

    /**
     * A vector's values, read one by one: {@code toDoubleVector()} copies a view (γ, β and the
     * running statistics are views into the network's flat arrays) into a new array first.
     */
    private static double[] values(INDArray vector) {
        double[] out = new double[(int) vector.length()];
        if (NativeFloats.supports(vector)) {
            FloatBuffer f = NativeFloats.of(vector);
            for (int i = 0; i < out.length; i++) {
                out[i] = f.get(i);
            }
            return out;
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = vector.getDouble(i);
        }
        return out;
    }

    /** Writes {@code values} into a vector (rounded to its type). */
    private static void store(INDArray vector, double[] values) {
        if (NativeFloats.supports(vector)) {
            FloatBuffer f = NativeFloats.of(vector);
            for (int i = 0; i < values.length; i++) {
                f.put(i, (float) values[i]);
            }
        } else {
            for (int i = 0; i < values.length; i++) {
                vector.putScalar(i, values[i]);
            }
        }
    }

    /** Adds {@code values} to a vector: the layer adds to gradients that other passes share. */
    private static void addTo(INDArray vector, double[] values) {
        if (NativeFloats.supports(vector)) {
            FloatBuffer f = NativeFloats.of(vector);
            for (int i = 0; i < values.length; i++) {
                f.put(i, f.get(i) + (float) values[i]);
            }
        } else {
            for (int i = 0; i < values.length; i++) {
                vector.putScalar(i, vector.getDouble(i) + values[i]);
            }
        }
    }

    /**
     * Whether a float batch and its partner array go through {@link FloatBatchNorm}; double
     * batches (the gradient checks) take the ND4J route, which the tests hold the Java one to.
     */
    private static boolean inJava(INDArray x, INDArray other) {
        return NativeFloats.supports(x) && NativeFloats.supports(other);
    }

    private static int rows(INDArray x) {
        return (int) x.size(0);
    }

    private static float[] floats(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    /** This layer's per-channel vectors in {@code type}: float in training, double in the gradient checks. */
    private ChannelVectors vectorsFor(DataType type) {
        if (vectors == null || vectors.type() != type) {
            vectors = new ChannelVectors(type, channels);
        }
        return vectors;
    }
}
