package org.ganlab.app.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ganlab.app.GanLabWindow;
import org.ganlab.app.model.RunState;
import org.ganlab.app.model.ToyFrame;
import org.ganlab.app.viewmodels.HyperParameter;
import org.ganlab.app.viewmodels.ToyLabViewModel;
import org.ganlab.engine.toy.ToyDistribution;
import org.ganlab.engine.train.TrainingConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 2-D lab as a student uses it, headless: a short ring8 run updating live, and drawing points to train on. */
@ExtendWith(ApplicationExtension.class)
class ToyLabWindowTest {

    private static Path runs;
    private GanLabWindow window;

    @BeforeAll
    static void runsFolder() throws IOException {
        runs = Files.createTempDirectory("ganlab-lab-runs");
    }

    @Start
    void start(Stage stage) {
        window = new GanLabWindow(stage, runs, GanLabWindow.initialConfig());
        window.show();
    }

    @AfterEach
    void stopTraining() throws InterruptedException {
        window.dispose();
        window.awaitTrainer(Duration.ofSeconds(30));
    }

    private ToyLabViewModel lab() {
        return window.lab();
    }

    private static void waitFor(int seconds, String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out after " + seconds + " s waiting for: " + what, e);
        }
    }

    private void openLab(FxRobot robot) {
        Tab tab = window.view().tabs().getTabs().stream().filter(t -> "tab-lab".equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> window.view().tabs().getSelectionModel().select(tab));
        assertTrue(shown(robot.lookup("#toy-canvas").query()), "the lab's canvas is on screen");
    }

    /**
     * On screen: in a showing window, with every ancestor visible (an unselected tab hides its
     * content's parent, not the canvas) and a size. The canvas's own flag alone is always true.
     */
    private static boolean shown(javafx.scene.Node node) {
        if (node.getScene() == null || node.getScene().getWindow() == null || !node.getScene().getWindow().isShowing()
                || node.getLayoutBounds().getWidth() <= 0) {
            return false;
        }
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void iterations(FxRobot robot, int n) {
        robot.doubleClickOn("#toy-iterations");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(Integer.toString(n));
        robot.push(KeyCode.ENTER);
    }

    private int canvasPixels(FxRobot robot) {
        Canvas canvas = robot.lookup("#toy-canvas").queryAs(Canvas.class);
        AtomicInteger hash = new AtomicInteger();
        robot.interact(() -> {
            WritableImage image = canvas.snapshot(null, null);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] px = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
            hash.set(Arrays.hashCode(px));
        });
        return hash.get();
    }

    @Test
    void aRing8RunUpdatesTheScatterAndHeatMapLiveAndCountsModes(FxRobot robot) {
        openLab(robot);
        int idle = canvasPixels(robot);
        iterations(robot, 300);
        robot.clickOn("#btn-toy-train");

        waitFor(90, "the first live frame", () -> lab().frameProperty().get() != null);
        ToyFrame first = lab().frameProperty().get();
        assertNotNull(first.surface(), "the heat map is on by default");
        int firstPixels = canvasPixels(robot);
        assertFalse(idle == firstPixels, "points and heat map drawn");
        waitFor(60, "a later frame", () -> lab().frameProperty().get().iteration() > first.iteration() + 20);
        ToyFrame later = lab().frameProperty().get();
        assertFalse(Arrays.equals(first.generated(), later.generated()), "the generated points moved");
        assertFalse(Arrays.equals(first.surface(), later.surface()), "D's surface changed");
        assertFalse(firstPixels == canvasPixels(robot), "the plot was redrawn");

        Label coverage = robot.lookup("#toy-coverage").queryAs(Label.class);
        waitFor(30, "the coverage figure", () -> coverage.getText().matches("modes covered \\d/8 · KL \\d+\\.\\d\\d"));
        assertTrue(lab().modes().size() >= 1);
        waitFor(90, "the run to finish", () -> window.viewModel().getState() == RunState.FINISHED);
        TrainingConfig run = window.viewModel().runConfigProperty().get();
        assertEquals("ring8", run.dataset());
        assertEquals("mlp2d", run.model());
        assertEquals(300, window.viewModel().status().getIteration());
    }

    @Test
    void onTheLabF5TrainsTheLabsSettingsAndTheTrainPageKeepsItsOwn(FxRobot robot) {
        openLab(robot);
        iterations(robot, 5000);
        robot.push(KeyCode.F5);

        waitFor(60, "the lab's run to start", () -> window.viewModel().getState() == RunState.RUNNING);
        TrainingConfig run = window.viewModel().runConfigProperty().get();
        assertEquals("mlp2d", run.model());
        assertEquals("ring8", run.dataset());
        assertEquals(5000, run.iterations());
        assertEquals("mnist", window.viewModel().setup().field(HyperParameter.DATASET).getText(), "the Train page's setup");
        assertEquals("mlp", window.viewModel().setup().field(HyperParameter.MODEL).getText());
        assertTrue(robot.lookup("#btn-train").queryButton().isDisabled());
        assertFalse(robot.lookup("#btn-stop").queryButton().isDisabled());
        assertTrue(robot.lookup("#btn-reset").queryButton().isDisabled(), "nothing to reset on the lab");

        robot.push(KeyCode.F8);
        waitFor(60, "the lab's run to stop", () -> window.viewModel().getState() == RunState.STOPPED);
    }

    @Test
    void pointsDrawnWithTheMouseAreWhatTheRunTrainsOn(FxRobot robot) throws IOException {
        openLab(robot);
        robot.interact(() -> lab().distributionProperty().set(ToyLabViewModel.DRAWN));
        Canvas canvas = robot.lookup("#toy-canvas").queryAs(Canvas.class);
        double w = canvas.getWidth();
        for (Point2D at : new Point2D[] {new Point2D(0.3, 0.3), new Point2D(0.7, 0.3), new Point2D(0.5, 0.75)}) {
            robot.clickOn(robot.point(canvas).atOffset(new Point2D(at.getX() * w - w / 2, at.getY() * w - w / 2)));
        }
        assertEquals(6, lab().drawnPointsProperty().get().length);
        iterations(robot, 200);
        robot.clickOn("#btn-toy-train");

        waitFor(60, "the run to start", () -> window.viewModel().runConfigProperty().get() != null);
        String dataset = window.viewModel().runConfigProperty().get().dataset();
        assertTrue(dataset.startsWith(ToyDistribution.POINTS_PREFIX), dataset);
        ToyDistribution drawn = ToyDistribution.named(dataset);
        assertEquals(3, drawn.modes().size());
        float[] xy = lab().drawnPointsProperty().get();
        assertEquals(xy[0], drawn.modes().get(0)[0], 1e-3);
        Label coverage = robot.lookup("#toy-coverage").queryAs(Label.class);
        waitFor(60, "coverage of the drawn modes", () -> coverage.getText().matches("modes covered \\d/3 · KL .*"));
        waitFor(90, "the run to finish", () -> window.viewModel().getState() == RunState.FINISHED);
    }
}
