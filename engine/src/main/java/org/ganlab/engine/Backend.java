package org.ganlab.engine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares ND4J before its first use and says which backend runs.
 *
 * <p>The build ships one native ND4J variant per OS (on Linux the oneDNN + AVX2 one, measured
 * fastest for convolutions). JavaCPP finds a variant's library only when told its extension, so
 * {@link #initialize()} sets {@code org.bytedeco.javacpp.platform.extension} from the variant it
 * finds on the class path, unless the JVM was started with it. With {@code -Pcuda} the CUDA
 * backend sits beside the CPU one; ND4J tries CUDA first and falls back to the CPU when no CUDA
 * runtime or GPU is usable, and this class logs that fallback in one plain sentence.
 */
public final class Backend {

    private static final Logger LOG = LoggerFactory.getLogger(Backend.class);
    private static final String EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";
    private static final List<String> CPU_VARIANTS = List.of("-onednn-avx2", "-onednn", "-avx512", "-avx2", "");
    /** "libcuda.so.1: cannot open shared object file" inside a longer linker message. */
    private static final Pattern MISSING_LIBRARY = Pattern.compile(": ([^:/\\\\]+\\.(?:so|dll|dylib)[.0-9]*: [^:]+)");
    private static volatile String description;
    /** Why a packaged CUDA backend was not used, or null (see {@link #cudaFallback()}). */
    private static volatile String cudaFallback;

    private Backend() {
    }

    /** Idempotent; call before anything touches ND4J. Returns {@link #describe()}. */
    public static synchronized String initialize() {
        if (description != null) {
            return description;
        }
        String spin = OpenMpSpin.apply();
        if (System.getProperty(EXTENSION_PROPERTY) == null) {
            String variant = cpuVariantOnClassPath();
            System.setProperty(EXTENSION_PROPERTY, variant);
        }
        boolean cudaPackaged = onClassPath("org/nd4j/linalg/jcublas/JCublasBackend.class");
        ByteArrayOutputStream cudaFailure = new ByteArrayOutputStream();
        String backend = cudaPackaged ? withStderrTo(cudaFailure, Backend::loadNd4j) : loadNd4j();
        boolean onCuda = backend.toLowerCase(Locale.ROOT).contains("cublas");
        if (cudaPackaged && !onCuda) {
            cudaFallback = "This build includes the CUDA backend, but no usable CUDA 11.6 runtime or GPU was "
                    + "found (" + firstCause(cudaFailure.toString()) + "): training runs on the CPU instead.";
            LOG.warn(cudaFallback);
        }
        int threads = Nd4j.getEnvironment().maxMasterThreads();
        allThreads = Math.max(1, Nd4j.getEnvironment().maxThreads());
        description = onCuda ? "CUDA · " + cudaDevice()
                : "CPU · " + cpuFlavour() + " · " + threads + " threads";
        LOG.info("ND4J backend: {}{}", description, spin != null ? " (" + OpenMpSpin.VARIABLE + "=" + spin + ")" : "");
        if (!onCuda) {
            OpenBlasCore.logInUse();
        }
        return description;
    }

    private static String loadNd4j() {
        try {
            return Nd4j.getBackend().getClass().getSimpleName();
        } catch (Throwable e) {
            throw new IllegalStateException("ND4J could not load its native library for "
                    + platform() + System.getProperty(EXTENSION_PROPERTY) + ": " + e.getMessage(), e);
        }
    }

    /**
     * ND4J prints a stack trace to stderr when the CUDA backend cannot load, before falling back
     * to the CPU. A student needs one sentence, so that output is caught and summarised instead.
     */
    private static String withStderrTo(ByteArrayOutputStream sink, Supplier<String> work) {
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(sink, true, StandardCharsets.UTF_8));
        try {
            return work.get();
        } finally {
            System.setErr(stderr);
        }
    }

    /** "libcuda.so.1: cannot open shared object file" from an UnsatisfiedLinkError's text. */
    static String firstCause(String stderrText) {
        return stderrText.lines()
                .filter(l -> l.contains("Error") || l.contains("Exception"))
                .map(Backend::causeOf)
                .findFirst().orElse("no CUDA device");
    }

    private static String causeOf(String line) {
        Matcher missingLibrary = MISSING_LIBRARY.matcher(line);
        return missingLibrary.find() ? missingLibrary.group(1) : line.substring(line.lastIndexOf(": ") + 2);
    }

    /** Models smaller than this run ND4J single-threaded (see {@link #useThreadsFor}). */
    static final long SMALL_MODEL_PARAMS = 200_000;
    private static volatile int allThreads;
    private static int leases;
    /** The count last set, which every lease reports (ND4J's own getter does not reflect it). */
    private static int threads;

    /**
     * ND4J's thread count for a model: one thread for small models, whose ops are too small to
     * split (the 2-D lab's mlp2d ran at 218 it/s on one thread against 138 on two), all threads
     * otherwise.
     */
    static int threadsFor(long paramCount) {
        initialize();
        return paramCount < SMALL_MODEL_PARAMS ? 1 : allThreads;
    }

    /**
     * Takes ND4J's thread setting for a run, which holds it until {@link ThreadLease#close()}.
     * The setting is global to the process, so a run never changes it under another: the first
     * of concurrent runs (the app's main run, the 2-D lab) chooses it for its model, later ones
     * train with it until every lease is closed, and each run keeps one setting from start to end.
     */
    public static synchronized ThreadLease leaseThreadsFor(long paramCount) {
        return leaseThreads(threadsFor(paramCount));
    }

    /**
     * Like {@link #leaseThreadsFor} with a given count instead of the model's (a benchmark trying
     * each setting, as the PyTorch peer does); the count in force stays when another run holds it.
     */
    public static synchronized ThreadLease leaseThreads(int count) {
        initialize();
        if (leases == 0) {
            setThreads(Math.max(1, Math.min(count, allThreads)));
        }
        leases++;
        return new ThreadLease(threads);
    }

    private static synchronized void release() {
        leases = Math.max(0, leases - 1);
    }

    /** The thread count ND4J runs with now, as last set by a lease (0 before any run). */
    static synchronized int currentThreads() {
        return threads;
    }

    /**
     * How many threads the engine's own Java loops may use: the count ND4J runs with, or all
     * cores' worth before any run has set one.
     */
    public static int threads() {
        int leased = currentThreads();
        return leased > 0 ? leased : Math.max(1, allThreads);
    }

    private static void setThreads(int count) {
        threads = count;
        Nd4j.getEnvironment().setMaxThreads(count);
        Nd4j.getEnvironment().setMaxMasterThreads(count);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(count);
    }

    /** A run's hold on the thread setting; {@link #threads()} is the count it trains with. */
    public static final class ThreadLease implements AutoCloseable {
        private final int threads;
        private boolean closed;

        private ThreadLease(int threads) {
            this.threads = threads;
        }

        public int threads() {
            return threads;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                release();
            }
        }
    }

    /**
     * The sentence logged when this build packages CUDA but trains on the CPU (no runtime or GPU),
     * for the About box; empty before {@link #initialize()} and when CUDA runs or is not packaged.
     */
    public static java.util.Optional<String> cudaFallback() {
        return java.util.Optional.ofNullable(cudaFallback);
    }

    /** A short line for status bars and run provenance, e.g. "CPU · oneDNN AVX2 · 2 threads". */
    public static String describe() {
        return initialize();
    }

    private static String cpuFlavour() {
        String ext = System.getProperty(EXTENSION_PROPERTY, "");
        return switch (ext) {
            case "-onednn-avx2" -> "oneDNN AVX2";
            case "-onednn" -> "oneDNN";
            case "-avx2" -> "AVX2";
            case "-avx512" -> "AVX-512";
            default -> "generic";
        };
    }

    private static String cudaDevice() {
        try {
            Object name = Nd4j.getExecutioner().getEnvironmentInformation().get("cuda.device.name");
            return name == null ? "GPU" : name.toString();
        } catch (RuntimeException e) {
            return "GPU";
        }
    }

    private static String cpuVariantOnClassPath() {
        for (String variant : CPU_VARIANTS) {
            String dir = "org/nd4j/linalg/cpu/nativecpu/bindings/" + platform() + variant + "/";
            if (onClassPath(dir + "libjnind4jcpu.so") || onClassPath(dir + "jnind4jcpu.dll")
                    || onClassPath(dir + "libjnind4jcpu.dylib")) {
                return variant;
            }
        }
        return "";
    }

    private static boolean onClassPath(String resource) {
        return Backend.class.getClassLoader().getResource(resource) != null;
    }

    /** JavaCPP's platform name for this machine, e.g. linux-x86_64. */
    static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String osName = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "macosx" : "linux";
        String archName = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm64";
            default -> arch;
        };
        return osName + "-" + archName;
    }
}
