package org.ganlab.engine.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.ganlab.engine.nn.Layer;
import org.ganlab.engine.nn.Network;
import org.ganlab.engine.train.Defaults;
import org.ganlab.engine.train.GanTrainer;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingData;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The machine's float GEMM rate through each route the engine's GEMMs can take, for comparing
 * with what a training step achieves ({@code ganlab bench --gemm}). In ND4J 1.0.0-M2.1 every
 * {@code Nd4j.gemm} is the {@code matmul} custom op: oneDNN runs it when the arrays are float,
 * rank 2 and the output 'c'-ordered and contiguous; otherwise libnd4j hands it to OpenBLAS's
 * sgemm. The third route calls OpenBLAS directly, as libnd4j does.
 */
public final class GemmProbe {

    /** A route a GEMM can take. */
    public enum Route {
        /** Nd4j.gemm with oneDNN allowed: the engine's usual path. */
        MATMUL_ONEDNN("matmul-onednn"),
        /** Nd4j.gemm with ND4J's helpers (oneDNN) switched off: libnd4j's fallback to OpenBLAS. */
        MATMUL_OPENBLAS("matmul-no-onednn"),
        /** cblas_sgemm of ND4J's bundled OpenBLAS, called directly. */
        OPENBLAS_CBLAS("openblas-cblas");

        public final String label;

        Route(String label) {
            this.label = label;
        }
    }

    /** One route's rate: the median of {@code repeats} calls after a warm-up. */
    public record Rate(Route route, int m, int n, int k, double medianMillis) {
        public double gflops() {
            return 2.0 * m * n * k / (medianMillis * 1e6);
        }
    }

    /** One dense layer's forward GEMM, batch × in · in × out, and its two backward ones. */
    public record DenseShape(String network, int index, int batch, int in, int out) {
        /** Forward, weight gradient and input gradient: 3 × 2·batch·in·out floating-point operations. */
        public double megaflopsForwardBackward() {
            return 3 * 2.0 * batch * in * out / 1e6;
        }
    }

    private GemmProbe() {
    }

    public static Rate measure(Route route, int size, int repeats) {
        INDArray a = Nd4j.rand(DataType.FLOAT, size, size);
        INDArray b = Nd4j.rand(DataType.FLOAT, size, size);
        INDArray c = Nd4j.create(DataType.FLOAT, new long[] {size, size}, 'c');
        boolean helpers = Nd4j.getEnvironment().helpersAllowed();
        Nd4j.getEnvironment().allowHelpers(route != Route.MATMUL_OPENBLAS);
        try {
            for (int i = 0; i < 3; i++) {
                multiply(route, a, b, c);
            }
            double[] millis = new double[repeats];
            for (int i = 0; i < repeats; i++) {
                long start = System.nanoTime();
                multiply(route, a, b, c);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            return new Rate(route, size, size, size, millis[repeats / 2]);
        } finally {
            Nd4j.getEnvironment().allowHelpers(helpers);
        }
    }

    private static void multiply(Route route, INDArray a, INDArray b, INDArray c) {
        if (route == Route.OPENBLAS_CBLAS) {
            int n = (int) a.size(0);
            openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor, openblas_nolapack.CblasNoTrans,
                    openblas_nolapack.CblasNoTrans, n, n, n, 1f, pointer(a), n, pointer(b), n, 0f, pointer(c), n);
        } else {
            Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
        }
    }

    private static FloatPointer pointer(INDArray x) {
        return new FloatPointer(x.data().addressPointer());
    }

    /** OpenBLAS's own thread count (ND4J sets it). */
    public static int openBlasThreads() {
        return openblas_nolapack.blas_get_num_threads();
    }

    /**
     * The dense layers of a model's generator and discriminator at a batch size: every layer
     * between two flat shapes with in × out + out parameters (weights and bias).
     */
    public static List<DenseShape> denseShapes(String model, int batch) {
        TrainingConfig config = Defaults.apply(TrainingConfig.defaults().withModel(model).withBatchSize(batch),
                Set.of("batchSize")).config();
        GanTrainer trainer = new GanTrainer(config, TrainingData.of(Benchmark.randomImages(batch)));
        List<DenseShape> shapes = new ArrayList<>();
        addDense(shapes, "G", trainer.model().generator(), batch);
        addDense(shapes, "D", trainer.model().discriminator(), batch);
        return shapes;
    }

    private static void addDense(List<DenseShape> shapes, String name, Network network, int batch) {
        int[] shape = network.inputShape();
        int index = 0;
        for (Layer layer : network.layers()) {
            int[] out = layer.outputShape();
            if (shape.length == 1 && out.length == 1 && layer.paramCount() == (long) shape[0] * out[0] + out[0]) {
                shapes.add(new DenseShape(name, ++index, batch, shape[0], out[0]));
            }
            shape = out;
        }
    }
}
