package org.ganlab.engine.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.ganlab.engine.train.TrainingEvent;

/**
 * Draws training progress: on a terminal one line redrawn in place five times a second
 * (iteration, it/s, ETA, latest losses); otherwise (logs, CI) a line every tenth of the run.
 */
final class ProgressBar {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 24;

    private final PrintWriter out;
    private final boolean terminal;
    private long total;
    private long startIteration;
    private long startNanos;
    private long lastDrawNanos;
    private long lastDrawnTenth = -1;

    ProgressBar(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    void onEvent(TrainingEvent event) {
        if (event instanceof TrainingEvent.RunStarted s) {
            started(s);
        } else if (event instanceof TrainingEvent.StepCompleted s) {
            step(s);
        } else if (event instanceof TrainingEvent.CheckpointSaved c) {
            line("checkpoint saved at iteration " + c.iteration() + " (epoch " + c.epoch() + ")");
        } else if (event instanceof TrainingEvent.DiagnosisStarted d) {
            line("doctor: " + DiagnosisLine.text(d.diagnosis()));
        } else if (event instanceof TrainingEvent.WarningIssued w) {
            line("warning: " + w.message());
        } else if (event instanceof TrainingEvent.RunFinished f) {
            line(summary("finished", f.iteration()) + "; run folder " + f.runDir());
        } else if (event instanceof TrainingEvent.Stopped s) {
            line(summary("stopped", s.iteration()) + "; saved to " + s.runDir());
        }
    }

    private void started(TrainingEvent.RunStarted s) {
        total = s.totalIterations();
        startIteration = s.startIteration();
        startNanos = System.nanoTime();
        out.printf(Locale.ROOT, "Training %s on %s (%s loss), %d iterations per epoch, %s%n",
                s.config().model(), s.config().dataset(), s.config().loss(), s.batchesPerEpoch(), s.backend());
        out.printf("Run folder: %s%n", s.runDir());
        out.flush();
    }

    private void step(TrainingEvent.StepCompleted s) {
        long now = System.nanoTime();
        long tenth = total == 0 ? 0 : s.iteration() * 10 / total;
        boolean due = terminal ? now - lastDrawNanos >= REDRAW_NANOS || s.iteration() == total : tenth != lastDrawnTenth;
        if (!due) {
            return;
        }
        lastDrawNanos = now;
        lastDrawnTenth = tenth;
        double rate = rate(s.iteration(), now);
        long etaSeconds = rate > 0 ? Math.round((total - s.iteration()) / rate) : 0;
        String text = String.format(Locale.ROOT, "%s it %d/%d  %.1f it/s  ETA %s  D %.3f  G %.3f  D(x) %.2f  D(G(z)) %.2f",
                bar(s.iteration()), s.iteration(), total, rate, duration(etaSeconds), s.dLoss(), s.gLoss(), s.dReal(), s.dFake());
        if (terminal) {
            out.print("\r" + text);
        } else {
            out.println(text);
        }
        out.flush();
    }

    private double rate(long iteration, long now) {
        double seconds = (now - startNanos) / 1e9;
        return seconds > 0 ? (iteration - startIteration) / seconds : 0;
    }

    private String bar(long iteration) {
        int filled = total == 0 ? 0 : (int) (WIDTH * iteration / total);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "]";
    }

    private String summary(String what, long iteration) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return String.format(Locale.ROOT, "%s after %d iterations in %s (%.1f it/s)",
                what, iteration, duration(Math.round(seconds)), rate(iteration, System.nanoTime()));
    }

    private void line(String text) {
        out.println((terminal ? "\r\033[K" : "") + text);
        out.flush();
    }

    static String duration(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds / 60 % 60)
                : String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
    }
}
