package org.ganlab.app.services;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Memory figures for the status bar: the JVM heap, and the whole process (ND4J lives off-heap). */
public final class SystemMonitor {

    private static final Path STATUS = Path.of("/proc/self/status");

    private SystemMonitor() {
    }

    public static long heapUsed() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    public static long heapMax() {
        return Runtime.getRuntime().maxMemory();
    }

    /** Resident memory of the process on Linux; the heap's committed size elsewhere. */
    public static long processBytes() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return Runtime.getRuntime().totalMemory();
    }
}
