package org.ganlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cpuinfo → OPENBLAS_CORETYPE mapping and the fallback check, as pure functions. */
class OpenBlasCoreTest {

    private static final String XEON = """
            processor\t: 0
            vendor_id\t: GenuineIntel
            model name\t: Intel(R) Xeon(R) Processor
            flags\t\t: fpu vme sse sse2 avx f16c fma avx2 bmi2 avx512f avx512dq avx512bw avx512vl
            bugs\t\t: spectre_v1

            processor\t: 1
            flags\t\t: fpu
            """;

    @Test
    void theFirstFlagsLineIsRead() {
        Set<String> flags = OpenBlasCore.flagsOf(XEON);
        assertTrue(flags.containsAll(Set.of("fpu", "avx2", "avx512f", "avx512vl")), flags.toString());
        assertFalse(flags.contains("spectre_v1"), "the bugs line is not a flag");
        assertEquals(Set.of(), OpenBlasCore.flagsOf("processor : 0\n"));
    }

    @Test
    void theNewestFamilyTheCpuSupportsIsChosen() {
        assertEquals(Optional.of("SkylakeX"), OpenBlasCore.coreTypeFor(OpenBlasCore.flagsOf(XEON)));
        assertEquals(Optional.of("Haswell"), OpenBlasCore.coreTypeFor(Set.of("sse2", "avx", "avx2", "fma")));
        assertEquals(Optional.empty(), OpenBlasCore.coreTypeFor(Set.of("sse2", "avx")), "no AVX2: OpenBLAS chooses");
        // avx512 extensions without the foundation do not make an AVX-512 CPU
        assertEquals(Optional.of("Haswell"), OpenBlasCore.coreTypeFor(Set.of("avx2", "avx512_vnni")));
    }

    @Test
    void genericKernelsOnAVectorCpuAreAFallback() {
        Set<String> avx512 = OpenBlasCore.flagsOf(XEON);
        assertTrue(OpenBlasCore.isFallback("Prescott", avx512));
        assertTrue(OpenBlasCore.isFallback("Sandybridge", Set.of("avx", "avx2")), "AVX without AVX2 kernels");
        assertFalse(OpenBlasCore.isFallback("SkylakeX", avx512));
        assertFalse(OpenBlasCore.isFallback("Cooperlake", avx512));
        assertFalse(OpenBlasCore.isFallback("Haswell", avx512), "AVX2 kernels on AVX-512 are no generic fallback");
        assertFalse(OpenBlasCore.isFallback("ZEN", Set.of("avx2")));
        assertFalse(OpenBlasCore.isFallback("Prescott", Set.of("sse2", "sse3")), "an old CPU has nothing better");
        assertFalse(OpenBlasCore.isFallback("Prescott", Set.of()), "no cpuinfo (Windows, macOS): no warning");
    }

    @Test
    void theWarningNamesTheCoreTheCpuAndTheFix() {
        OpenBlasCore.InUse prescott = new OpenBlasCore.InUse("Prescott", "OpenBLAS 0.3.19 DYNAMIC_ARCH Prescott");
        assertEquals("OpenBLAS runs its generic Prescott kernels on a CPU with AVX-512: GEMMs that reach OpenBLAS"
                + " run several times slower. Start with OPENBLAS_CORETYPE=SkylakeX (the ganlab launchers set it).",
                OpenBlasCore.fallbackWarning(prescott, OpenBlasCore.flagsOf(XEON)));
        assertTrue(OpenBlasCore.fallbackWarning(prescott, Set.of("avx2")).contains("AVX2: ")
                && OpenBlasCore.fallbackWarning(prescott, Set.of("avx2")).contains("OPENBLAS_CORETYPE=Haswell"));
        assertNull(OpenBlasCore.fallbackWarning(new OpenBlasCore.InUse("SkylakeX", ""), OpenBlasCore.flagsOf(XEON)));
    }

    @Test
    void theStartUpLineSaysWhetherTheVariableWasSet() {
        OpenBlasCore.InUse core = new OpenBlasCore.InUse("SkylakeX", "OpenBLAS 0.3.19 DYNAMIC_ARCH NO_AFFINITY SkylakeX");
        assertEquals("OpenBLAS core SkylakeX (OpenBLAS 0.3.19 DYNAMIC_ARCH NO_AFFINITY SkylakeX; OPENBLAS_CORETYPE not set)",
                OpenBlasCore.describe(core, null));
        assertTrue(OpenBlasCore.describe(core, "").endsWith("OPENBLAS_CORETYPE not set)"), "empty counts as unset");
        assertTrue(OpenBlasCore.describe(core, "Haswell").endsWith("; OPENBLAS_CORETYPE=Haswell)"));
    }

    @Test
    void ndFourJsOpenBlasAnswersWithTheCoreItRuns() {
        Backend.initialize();
        OpenBlasCore.InUse core = OpenBlasCore.query().orElseThrow();
        assertFalse(core.core().isBlank());
        assertTrue(core.config().startsWith("OpenBLAS ") && core.config().contains(core.core()), core.config());
    }
}
