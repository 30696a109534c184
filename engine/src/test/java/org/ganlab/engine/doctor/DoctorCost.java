package org.ganlab.engine.doctor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The doctor's cost per step, measured as this thread's CPU time (not wall time, so a busy
 * machine does not inflate it): {@code n} synthetic steps through a doctor, after a warm-up of the
 * same length, including its checks every tenth step and a diversity event every 100.
 * Prints ns per StepCompleted for a balanced and for a failing stream. Not a test.
 */
public final class DoctorCost {

    private DoctorCost() {
    }

    static double nanosPerStep(boolean failing, int n) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        EventStream warm = EventStream.bce();
        feed(warm, failing, n);
        EventStream run = EventStream.bce();
        long start = threads.getCurrentThreadCpuTime();
        feed(run, failing, n);
        return (double) (threads.getCurrentThreadCpuTime() - start) / n;
    }

    private static void feed(EventStream s, boolean failing, int n) {
        for (int i = 0; i < n / 100; i++) {
            if (failing && i >= n / 200) {
                s.overpowered(100).diversity(0.1);
            } else {
                s.healthy(100).diversity(0.9);
            }
        }
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        // EventStream adds seeded noise to each value; its cost is measured too, so this is an upper bound
        System.out.printf(Locale.ROOT, "healthy stream: %.0f ns per step%n", nanosPerStep(false, n));
        System.out.printf(Locale.ROOT, "failing stream: %.0f ns per step%n", nanosPerStep(true, n));
    }
}
