package org.ganlab.engine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's peak resident set size (VmHWM), on Linux; 0 where /proc is not there. */
public final class PeakMemory {

    private PeakMemory() {
    }

    public static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    /**
     * Starts a new peak at the present resident size (Linux's "5" in /proc/self/clear_refs), so one
     * benchmark's peak is not an earlier one's; without it the peak is the process's so far.
     */
    public static void resetPeak() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            // not Linux, or not allowed: the peak stays the process's
        }
    }
}
