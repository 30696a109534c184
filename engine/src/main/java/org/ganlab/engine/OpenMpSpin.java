package org.ganlab.engine;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long ND4J's and oneDNN's OpenMP threads spin for the next parallel region before they sleep
 * ({@code GOMP_SPINCOUNT}, read by libgomp when it loads). An mlp step is about a hundred short
 * native calls; with no spin at all ({@code OMP_WAIT_POLICY=PASSIVE}, the launchers' setting) every
 * call wakes the second thread from the kernel, and unbounded spinning ({@code ACTIVE}) keeps a
 * core busy while training pauses and competes with the step's Java passes. A short spin, about
 * half a millisecond on this machine's CPUs, measured fastest: mlp at batch 64 9.3–10.8 ms per
 * step against 12.5–13.5 with none, at batch 128 14.1 against 16.9–17.7 (docs/BENCHMARKS.md).
 *
 * <p>The variable is set in the process environment before ND4J loads libgomp, so that every
 * entry point gets it, the jpackage launcher included (which cannot set environment variables); a
 * value the user exported wins.
 */
final class OpenMpSpin {

    private static final Logger LOG = LoggerFactory.getLogger(OpenMpSpin.class);
    static final String VARIABLE = "GOMP_SPINCOUNT";
    static final String DEFAULT = "10000";

    private OpenMpSpin() {
    }

    private interface C extends Library {
        int setenv(String name, String value, int overwrite);
    }

    /** Sets {@code GOMP_SPINCOUNT} unless already set; returns the value in effect, or null if it could not be set. */
    static String apply() {
        String exported = System.getenv(VARIABLE);
        if (exported != null) {
            return exported;
        }
        if (Platform.isWindows()) {
            return null;   // no libgomp in ND4J's Windows build to read it
        }
        try {
            ((C) Native.loadLibrary(Platform.C_LIBRARY_NAME, C.class)).setenv(VARIABLE, DEFAULT, 0);
            return DEFAULT;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            LOG.debug("could not set {}: {}", VARIABLE, e.toString());
            return null;
        }
    }
}
