package org.ganlab.app;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.OptionalInt;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;
import org.ganlab.app.viewmodels.Notice;
import org.ganlab.app.viewmodels.TrainingViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --smoke-test}: proves a build (above all the installer's app image) starts. Once the first
 * window is shown it logs how long that took; it then waits until ND4J has loaded and the bundled
 * MNIST preview is on screen (so the packaged runtime, natives and assets all work), logs the
 * outcome and quits: exit 0 when both came up, 1 when either failed or {@link #LIMIT_TICKS} passed.
 */
final class SmokeTest {

    static final String FLAG = "--smoke-test";
    private static final Logger LOG = LoggerFactory.getLogger(SmokeTest.class);
    private static final int TICK_MS = 200;
    /** 90 s: ND4J loads in 2-10 s, MNIST in 1-3 s, even on a slow, busy machine. */
    private static final int LIMIT_TICKS = 450;
    private static volatile int exitCode = -1;

    private final TrainingViewModel vm;
    private final Timeline poll = new Timeline();
    private int ticks;

    private SmokeTest(TrainingViewModel vm) {
        this.vm = vm;
    }

    static boolean requested(List<String> arguments) {
        return arguments.contains(FLAG);
    }

    /** The exit code a finished smoke test asks for; empty when none ran. */
    static OptionalInt exitCode() {
        return exitCode < 0 ? OptionalInt.empty() : OptionalInt.of(exitCode);
    }

    /** Call right after the window is shown, on the FX thread. */
    static void watch(GanLabWindow window) {
        LOG.info("Smoke test: first window shown {} ms after the JVM started",
                ManagementFactory.getRuntimeMXBean().getUptime());
        new SmokeTest(window.viewModel()).start();
    }

    private void start() {
        vm.noticeProperty().addListener((obs, was, now) -> {
            if (now != null && now.level() == Notice.Level.ERROR) {
                finish(1, "error notice: " + now.title() + ": " + now.text());
            }
        });
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(TICK_MS), e -> check()));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    private void check() {
        String backend = vm.status().backendTextProperty().get();
        boolean backendUp = backend != null && !backend.startsWith("Backend: starting");
        String caption = vm.samples().realCaptionProperty().get();
        if (caption != null && caption.startsWith("Real images unavailable")) {
            finish(1, caption);
        } else if (backendUp && vm.samples().realGridProperty().get() != null) {
            finish(0, "backend " + backend + "; real images: " + caption);
        } else if (++ticks >= LIMIT_TICKS) {
            finish(1, "timed out; backend: " + backend + "; real images: " + caption);
        }
    }

    private void finish(int code, String outcome) {
        if (exitCode >= 0) {
            return;
        }
        poll.stop();
        exitCode = code;
        if (code == 0) {
            LOG.info("Smoke test passed after {} ms: {}", ManagementFactory.getRuntimeMXBean().getUptime(), outcome);
        } else {
            LOG.error("Smoke test failed: {}", outcome);
        }
        Platform.exit();
    }
}
