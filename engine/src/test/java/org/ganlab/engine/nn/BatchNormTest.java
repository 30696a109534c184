package org.ganlab.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.SplittableRandom;
import org.ganlab.engine.Backend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** BatchNorm's statistics where float32 arithmetic is at its limits. */
class BatchNormTest {

    @BeforeAll
    static void backend() {
        Backend.initialize();
    }

    @Test
    void varianceIsExactEvenWhenTheMeanDwarfsTheSpread() {
        // Channel 0: mean 10, σ 0.01; channel 1: mean 0, σ 1. With E[x²] − E[x]² in float32 the
        // first channel's variance is lost to rounding (E[x²] = 100 ± 1e-4 against σ² = 1e-4).
        int n = 256;
        float[] values = new float[n * 2];
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < n; i++) {
            values[2 * i] = (float) (10 + 0.01 * rng.nextGaussian());
            values[2 * i + 1] = (float) rng.nextGaussian();
        }
        BatchNorm bn = new BatchNorm(2);
        new Network("bn", new int[] {2}, java.util.List.of(bn)).initialize(new SplittableRandom(1));

        float[] out = bn.forward(Nd4j.createFromArray(values).reshape(n, 2), true).dup().data().asFloat();

        for (int c = 0; c < 2; c++) {
            double sum = 0;
            double sumSq = 0;
            for (int i = 0; i < n; i++) {
                sum += out[2 * i + c];
                sumSq += out[2 * i + c] * (double) out[2 * i + c];
            }
            double mean = sum / n;
            double variance = sumSq / n - mean * mean;
            assertEquals(0, mean, 1e-2, "channel " + c + " is centred");
            // ε = 1e-5 against σ² = 1e-4 shrinks the first channel's variance to 1e-4 / 1.1e-4
            double expected = c == 0 ? 1 / (1 + 1e-5 / sampleVariance(values, c, n)) : 1;
            assertEquals(expected, variance, 2e-3, "channel " + c + " has unit variance");
        }
    }

    private static double sampleVariance(float[] values, int channel, int n) {
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += values[2 * i + channel] / (double) n;
        }
        double sq = 0;
        for (int i = 0; i < n; i++) {
            double d = values[2 * i + channel] - mean;
            sq += d * d / n;
        }
        return sq;
    }

    @Test
    void anObservingPassLeavesTheRunningStatisticsAlone() {
        Network net = new Network("bn", new int[] {3}, java.util.List.of(new Dense(3, 4), new BatchNorm(4)));
        net.initialize(new SplittableRandom(2));
        INDArray x = Nd4j.rand(8, 3).muli(5).addi(2);
        float[] before = net.state().dup().data().asFloat();

        INDArray observed = net.forwardObserving(x).dup();
        float[] afterObserving = net.state().dup().data().asFloat();
        INDArray trained = net.forward(x, true).dup();

        assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(afterObserving));
        assertEquals(trained, observed, "the same training-mode output either way");
        org.junit.jupiter.api.Assertions.assertNotEquals(java.util.Arrays.toString(before),
                java.util.Arrays.toString(net.state().dup().data().asFloat()), "a training pass does move them");
    }

    /**
     * After the first step at a batch size, a training step's forward and backward pass create no
     * array: every array ND4J makes inside an open workspace is placed in it, so the workspace's
     * offset counts what was made (the per-call GEMM outputs and vectors of earlier versions would).
     */
    @Test
    void aStepAtABatchSizeSeenBeforeCreatesNoArray() {
        for (int[] shape : new int[][] {{3, 4, 4}, {6}}) {
            Network net = new Network("bn", shape, java.util.List.of(new BatchNorm(shape)));
            net.initialize(new SplittableRandom(4));
            long[] batch = new long[shape.length + 1];
            batch[0] = 5;
            for (int i = 0; i < shape.length; i++) {
                batch[i + 1] = shape[i];
            }
            INDArray x = Nd4j.rand(DataType.FLOAT, batch);
            INDArray g = Nd4j.rand(DataType.FLOAT, batch);
            INDArray firstOut = net.forward(x, true);
            INDArray firstGradIn = net.backward(g, true, true);
            float[] expectedOut = firstOut.dup().data().asFloat();
            WorkspaceConfiguration conf = WorkspaceConfiguration.builder().initialSize(16L << 20)
                    .policyAllocation(AllocationPolicy.STRICT).policyLearning(LearningPolicy.NONE).build();
            try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().getAndActivateWorkspace(conf, "bn-step")) {
                net.zeroGradients();
                INDArray out = net.forward(x, true);
                INDArray gradIn = net.backward(g, true, true);
                net.forward(x, false);
                assertEquals(0, ws.getPrimaryOffset(), "bytes of arrays made by a step on " + java.util.Arrays.toString(shape));
                assertSame(firstOut, out);
                assertSame(firstGradIn, gradIn);
            }
            org.junit.jupiter.api.Assertions.assertArrayEquals(expectedOut, net.forward(x, true).dup().data().asFloat(),
                    "the same batch, the same output");
        }
    }

    /**
     * Float batches take the Java passes ({@link FloatBatchNorm}), double batches the ND4J route
     * the gradient checks verify: both give the same outputs, input gradients and γ, β gradients,
     * in training and in evaluation, for flat and for image batches.
     */
    @Test
    void theJavaFloatPassesAgreeWithTheCheckedRoute() {
        for (int[] shape : new int[][] {{5, 3, 3}, {7}}) {
            long[] batch = {6, shape[0], shape.length == 1 ? 1 : shape[1], shape.length == 1 ? 1 : shape[2]};
            long[] dims = shape.length == 1 ? new long[] {batch[0], shape[0]} : batch;
            INDArray x = Nd4j.rand(DataType.DOUBLE, dims).muli(4).subi(1);
            INDArray g = Nd4j.rand(DataType.DOUBLE, dims).subi(0.5);
            double[][] byType = new double[2][];
            for (DataType type : new DataType[] {DataType.DOUBLE, DataType.FLOAT}) {
                Network net = new Network("bn", shape, java.util.List.of(new BatchNorm(shape)), type);
                net.initialize(new SplittableRandom(5), WeightInit.DCGAN);
                INDArray out = net.forward(x.castTo(type), true).dup();
                INDArray gradIn = net.backward(g.castTo(type), true, true).dup();
                INDArray eval = net.forward(x.castTo(type), false).dup();
                byType[type == DataType.FLOAT ? 1 : 0] = Nd4j.concat(0, out.reshape(-1), gradIn.reshape(-1), eval.reshape(-1),
                        net.gradients().reshape(-1), net.state().reshape(-1)).castTo(DataType.DOUBLE).toDoubleVector();
            }
            org.junit.jupiter.api.Assertions.assertArrayEquals(byType[0], byType[1], 1e-5,
                    "float (Java passes) against double (ND4J ops) on " + java.util.Arrays.toString(shape));
        }
    }

    /** Each channel is summed by one thread in a fixed order: the thread count changes no bit. */
    @Test
    void theJavaPassesGiveTheSameBitsOnAnyThreadCount() {
        int n = 9;
        int channels = 13;
        int spatial = 10;
        INDArray x = Nd4j.rand(DataType.FLOAT, n, channels * spatial);
        INDArray g = Nd4j.rand(DataType.FLOAT, n, channels * spatial);
        String[] results = new String[2];
        for (int t = 0; t < 2; t++) {
            int threads = t == 0 ? 1 : 3;
            FloatBatchNorm kernels = new FloatBatchNorm(channels, spatial);
            double[] sums = kernels.sums(NativeFloats.of(x), n, threads);
            double[] squares = kernels.centredSquareSums(NativeFloats.of(x), n, sums, threads);
            double[] sumG = new double[channels];
            double[] sumGX = new double[channels];
            kernels.gradientSums(NativeFloats.of(g), NativeFloats.of(x), n, sumG, sumGX, threads);
            INDArray out = x.ulike();
            float[] a = new float[channels];
            java.util.Arrays.fill(a, 0.3f);
            kernels.inputGradient(NativeFloats.of(g), NativeFloats.of(x), n, a, a, a, NativeFloats.of(out), threads);
            results[t] = java.util.Arrays.toString(sums) + java.util.Arrays.toString(squares) + java.util.Arrays.toString(sumG)
                    + java.util.Arrays.toString(sumGX) + java.util.Arrays.toString(out.data().asFloat());
        }
        assertEquals(results[0], results[1]);
    }
}
