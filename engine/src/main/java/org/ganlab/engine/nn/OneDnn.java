package org.ganlab.engine.nn;

import org.bytedeco.dnnl.engine;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * oneDNN called directly, through JavaCPP's presets, for the engine's float layers
 * ({@link OneDnnConvolution}, {@link OneDnnMatmul}, {@link OneDnnEltwise}). libnd4j's own oneDNN
 * ops create every primitive and every blocked scratch buffer anew on each call: its layout
 * conversions into fresh buffers cost 1.6 ms per 128×64×14×14 tensor, 0.24–0.30 ms into a kept one.
 *
 * <p>Where the preset cannot load (no build for the OS, a damaged install) or ND4J runs on a GPU,
 * {@link #available()} is false and the layers stay on libnd4j's ops, with one log line saying so.
 */
final class OneDnn {

    private static final Logger LOG = LoggerFactory.getLogger(OneDnn.class);
    private static final engine CPU = load();

    private OneDnn() {
    }

    /** Whether the direct route can run: the preset loaded and ND4J keeps arrays in host memory. */
    static boolean available() {
        return CPU != null;
    }

    static engine cpu() {
        return CPU;
    }

    /**
     * Whether an array can go to oneDNN as it is: float, its elements dense in 'c' order (a
     * dimension of size 1 may have any stride: ND4J gives such dimensions odd ones), and any
     * offset carried by its buffer (so that the buffer's address is the array's first element).
     */
    static boolean supports(INDArray array) {
        if (array == null || array.dataType() != DataType.FLOAT || array.offset() != array.data().offset()) {
            return false;
        }
        long expected = 1;
        for (int d = array.rank() - 1; d >= 0; d--) {
            if (array.size(d) != 1 && array.stride(d) != expected) {
                return false;
            }
            expected *= array.size(d);
        }
        return true;
    }

    /**
     * The array's first element, for a oneDNN memory over ND4J's native buffer. A view's buffer
     * (a layer's weights in the flat parameters) is itself offset: its address is the view's.
     */
    static Pointer pointer(INDArray array) {
        return array.data().addressPointer();
    }

    private static engine load() {
        if (Boolean.getBoolean("ganlab.noDirectOneDnn")) {
            LOG.info("oneDNN direct route off (-Dganlab.noDirectOneDnn): the layers run on libnd4j's ops");
            return null;
        }
        // ND4J's native library first: its libgomp then serves oneDNN too (one OpenMP thread pool,
        // the thread count ND4J's lease sets), instead of the preset bringing a second one.
        String backend = Nd4j.getBackend().getClass().getSimpleName();
        if (!backend.startsWith("CpuBackend")) {
            LOG.info("oneDNN direct route off: ND4J runs on {}, the layers run on its ops", backend);
            return null;
        }
        try {
            engine cpu = new engine(engine.kind.cpu, 0);
            LOG.debug("oneDNN {} for the layers", version());
            return cpu;
        } catch (UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError | RuntimeException e) {
            LOG.warn("oneDNN could not be loaded ({}): the layers run on libnd4j's ops, somewhat slower", e.toString());
            return null;
        }
    }

    private static String version() {
        var v = org.bytedeco.dnnl.global.dnnl.dnnl_version();
        return v.major() + "." + v.minor() + "." + v.patch();
    }
}
