package org.ganlab.engine;

import com.sun.jna.Function;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bytedeco.javacpp.Loader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which kernel family ("core") the OpenBLAS bundled with ND4J runs, and which one the CPU supports.
 *
 * <p>OpenBLAS built with DYNAMIC_ARCH picks its kernels from the CPU model when it loads; a model
 * newer than its release knows may get the generic "Prescott" kernels, several times slower
 * (Debian's 0.3.21 does so on this project's AVX-512 Xeon; ND4J's 0.3.19 picks SkylakeX there).
 * The environment variable {@code OPENBLAS_CORETYPE}, read when the library loads, overrides the
 * choice: the {@code ganlab} and {@code ganlab-app} launchers set it from {@link #coreTypeFor}
 * unless the user has. Most of the engine's GEMMs run in oneDNN, not OpenBLAS; the matmul op
 * falls back to OpenBLAS when oneDNN declines it (e.g. an 'f'-order output), see
 * {@code ganlab bench --gemm}.
 */
public final class OpenBlasCore {

    private static final Logger LOG = LoggerFactory.getLogger(OpenBlasCore.class);
    /** Kernel families with AVX2 (or AVX-512) kernels: anything else on an AVX2 CPU is a fallback. */
    private static final Set<String> VECTOR_CORES = Set.of("haswell", "zen", "excavator", "skylakex",
            "cooperlake", "sapphirerapids");

    /** What OpenBLAS reports: its core name ("SkylakeX") and build line ("OpenBLAS 0.3.19 DYNAMIC_ARCH ..."). */
    public record InUse(String core, String config) {
    }

    private OpenBlasCore() {
    }

    /**
     * The {@code OPENBLAS_CORETYPE} for a CPU with these /proc/cpuinfo flags, as the launchers and
     * {@code shared/bench/torch_peer.py} choose it: SkylakeX with avx512f, Haswell with avx2,
     * none for older CPUs (OpenBLAS's own choice is then as good as any).
     */
    public static Optional<String> coreTypeFor(Set<String> cpuFlags) {
        if (cpuFlags.contains("avx512f")) {
            return Optional.of("SkylakeX");
        }
        return cpuFlags.contains("avx2") ? Optional.of("Haswell") : Optional.empty();
    }

    /** The flags of the first "flags" line of a /proc/cpuinfo text; empty when there is none. */
    public static Set<String> flagsOf(String cpuinfo) {
        return cpuinfo.lines()
                .filter(l -> l.startsWith("flags"))
                .findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim())
                .map(f -> Arrays.stream(f.split("\\s+")).filter(s -> !s.isEmpty()).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /** This machine's CPU flags (Linux); empty elsewhere or when /proc/cpuinfo cannot be read. */
    public static Set<String> cpuFlags() {
        try {
            return flagsOf(Files.readString(Path.of("/proc/cpuinfo")));
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
    }

    /**
     * True when OpenBLAS runs a family without AVX2 kernels on a CPU that has AVX2 (or AVX-512):
     * its GEMMs then run at a fraction of the machine's rate.
     */
    public static boolean isFallback(String core, Set<String> cpuFlags) {
        boolean vectorCpu = cpuFlags.contains("avx2") || cpuFlags.contains("avx512f");
        return vectorCpu && !VECTOR_CORES.contains(core.toLowerCase(Locale.ROOT));
    }

    /**
     * The core of the OpenBLAS that ND4J loaded, asked through its own {@code openblas_get_corename}
     * and {@code openblas_get_config} (the JavaCPP preset does not map them, so they are called
     * through JNA, which DL4J's oshi brings). Empty when ND4J is not loaded on OpenBLAS, or the
     * symbols are missing. Call after ND4J has loaded.
     */
    public static Optional<InUse> query() {
        try {
            Optional<String> core = call("openblas_get_corename");
            return core.map(c -> new InUse(c.trim(), call("openblas_get_config").orElse("").trim()));
        } catch (LinkageError | RuntimeException e) {
            LOG.debug("OpenBLAS core query failed", e);
            return Optional.empty();
        }
    }

    private static Optional<String> call(String symbol) {
        org.bytedeco.javacpp.Pointer address = Loader.addressof(symbol);
        if (address == null || address.isNull()) {
            return Optional.empty();
        }
        Function f = Function.getFunction(new com.sun.jna.Pointer(address.address()));
        return Optional.ofNullable(f.invokeString(new Object[0], false));
    }

    /**
     * One start-up line: the core and build in use and the OPENBLAS_CORETYPE setting, with a
     * warning when the core is a {@linkplain #isFallback fallback}; null when the core is unknown.
     */
    static String describe(InUse inUse, String coreTypeVariable) {
        String set = coreTypeVariable == null || coreTypeVariable.isEmpty()
                ? "OPENBLAS_CORETYPE not set" : "OPENBLAS_CORETYPE=" + coreTypeVariable;
        return "OpenBLAS core " + inUse.core() + " (" + inUse.config() + "; " + set + ")";
    }

    /** The warning for a fallback core, naming the setting that fixes it; null when there is none. */
    public static String fallbackWarning(InUse inUse, Set<String> cpuFlags) {
        if (!isFallback(inUse.core(), cpuFlags)) {
            return null;
        }
        String vector = cpuFlags.contains("avx512f") ? "AVX-512" : "AVX2";
        return "OpenBLAS runs its generic " + inUse.core() + " kernels on a CPU with " + vector
                + ": GEMMs that reach OpenBLAS run several times slower. Start with OPENBLAS_CORETYPE="
                + coreTypeFor(cpuFlags).orElse("Haswell") + " (the ganlab launchers set it).";
    }

    /** Logs {@link #describe} at INFO, and the fallback warning at WARN (Backend's start-up). */
    static void logInUse() {
        Optional<InUse> inUse = query();
        if (inUse.isEmpty()) {
            LOG.info("OpenBLAS core: unknown (ND4J's OpenBLAS does not report it)");
            return;
        }
        Set<String> flags = cpuFlags();
        LOG.info(describe(inUse.get(), System.getenv("OPENBLAS_CORETYPE")));
        String warning = fallbackWarning(inUse.get(), flags);
        if (warning != null) {
            LOG.warn(warning);
        }
    }
}
