package org.ganlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BackendTest {

    @Test
    void describesTheCpuBackendItLoaded() {
        String description = Backend.initialize();
        assertTrue(description.startsWith("CPU · "), description);
        assertTrue(description.endsWith("threads"), description);
    }

    @Test
    void aMissingCudaDriverIsSummarisedInOnePhrase() {
        String stderr = """
                java.lang.UnsatisfiedLinkError: /root/.javacpp/cache/cuda-11.6-8.3-1.5.7-linux-x86_64.jar/org/bytedeco/cuda/linux-x86_64/libjnicudart.so: libcuda.so.1: cannot open shared object file: No such file or directory
                \tat java.base/jdk.internal.loader.NativeLibraries.load(Native Method)
                """;
        assertEquals("libcuda.so.1: cannot open shared object file", Backend.firstCause(stderr));
        assertEquals("no CUDA device", Backend.firstCause(""));
    }
}
