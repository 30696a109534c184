package org.ganlab.app.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.ganlab.app.GanLabWindow;
import org.ganlab.app.model.RunState;
import org.ganlab.app.viewmodels.HyperParameter;
import org.ganlab.app.viewmodels.SetupViewModel;
import org.ganlab.app.viewmodels.TrainingViewModel;
import org.ganlab.engine.checkpoint.CheckpointFile;
import org.ganlab.engine.checkpoint.ConfigJson;
import org.ganlab.engine.export.GifExport;
import org.ganlab.engine.run.RunFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as a student uses it, headless (Monocle): launch, a short real training run on a
 * 256-image subset, pause/step/resume, a rejected learning rate, GIF export, save and reopen.
 */
@ExtendWith(ApplicationExtension.class)
class GanLabWindowTest {

    private static Path runs;
    private GanLabWindow window;

    @BeforeAll
    static void runsFolder() throws IOException {
        runs = Files.createTempDirectory("ganlab-ui-runs");
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

    private TrainingViewModel vm() {
        return window.viewModel();
    }

    private static void waitFor(int seconds, String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out after " + seconds + " s waiting for: " + what, e);
        }
    }

    /** The smallest real run: 256 images, batch 64 (4 iterations an epoch), a snapshot every epoch. */
    private void tinySetup(FxRobot robot) {
        robot.interact(() -> {
            SetupViewModel s = vm().setup();
            s.field(HyperParameter.SUBSET).setText("256");
            s.field(HyperParameter.BATCH_SIZE).setText("64");
            s.field(HyperParameter.EPOCHS).setText("2000");
            s.field(HyperParameter.SNAPSHOT_EVERY).setText("4");
        });
    }

    private long iteration() {
        return vm().status().getIteration();
    }

    @Test
    void opensWithMnistAndTheMlpGanAndARealImagePreview(FxRobot robot) {
        waitFor(30, "the real-image preview", () -> robot.lookup("#real-grid").queryAs(ImageView.class).getImage() != null);
        assertEquals("mnist", robot.lookup("#field-dataset").queryAs(ComboBox.class).getValue());
        assertEquals("mlp", robot.lookup("#field-model").queryAs(ComboBox.class).getValue());
        Button train = robot.lookup("#btn-train").queryButton();
        assertFalse(train.isDisabled());
        assertTrue(train.getText().endsWith("Train"));
        assertTrue(robot.lookup("#btn-pause").queryButton().isDisabled());
    }

    @Test
    void anInvalidLearningRateIsRejectedWithAVisibleMessage(FxRobot robot) {
        robot.doubleClickOn("#field-learningRateG");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("-0.1");

        Label error = robot.lookup("#error-learningRateG").queryAs(Label.class);
        waitFor(5, "the inline error", error::isVisible);
        assertEquals("Learning rate G must be > 0 and <= 1 (was -0.1)", error.getText());
        assertTrue(robot.lookup("#setup-problems").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#btn-train").queryButton().isDisabled());

        // the disabled button cannot be clicked; its shortcut goes to the view-model, which must refuse too
        robot.push(KeyCode.F5);
        assertEquals(RunState.IDLE, vm().getState(), "nothing reached the engine");
    }

    @Test
    void aBadRunFolderIsReportedAsANotificationWithItsCause(FxRobot robot) throws IOException {
        Path notARun = Files.createDirectories(runs.resolve("not-a-run"));
        robot.interact(() -> vm().open(notARun));

        waitFor(10, "an error notification", () -> !robot.lookup(".notice.error").queryAll().isEmpty());
        String text = robot.lookup(".notice.error .notice-text").queryAs(Label.class).getText();
        assertTrue(text.contains("not a run folder"), text);
        assertEquals(RunState.IDLE, vm().getState());
    }

    @Test
    void aDamagedCheckpointIsReportedWhenContinuingAndTheWindowStaysUsable(FxRobot robot) throws IOException {
        Path dir = Files.createDirectories(runs.resolve("damaged-run"));
        ConfigJson.write(GanLabWindow.initialConfig(), dir.resolve("config.json"));
        Files.writeString(dir.resolve("metrics.csv"), RunFolder.METRICS_HEADER + "\n4,1,1.2,0.8,0.6,0.4,3\n");
        Files.writeString(dir.resolve("checkpoint.zip"), "not a zip");
        robot.interact(() -> vm().open(dir));
        waitFor(10, "the opened run", () -> vm().getState() == RunState.OPENED);
        assertTrue(robot.lookup("#btn-train").queryButton().getText().contains("Continue"));

        robot.clickOn("#btn-train");
        waitFor(20, "an error notification", () -> !robot.lookup(".notice.error").queryAll().isEmpty());
        assertEquals("Could not continue damaged-run", robot.lookup(".notice.error .notice-title").queryAs(Label.class).getText());
        String text = robot.lookup(".notice.error .notice-text").queryAs(Label.class).getText();
        assertTrue(text.contains("damaged-run/checkpoint.zip: not a checkpoint"), text);
        assertEquals(RunState.OPENED, vm().getState());
        assertFalse(robot.lookup("#btn-train").queryButton().isDisabled(), "the window stays usable");
    }

    @Test
    void resetWhileTrainingLetsTheOldRunSaveBeforeTheNextOneStarts(FxRobot robot) {
        tinySetup(robot);
        robot.clickOn("#btn-train");
        waitFor(90, "training", () -> iteration() >= 4);
        Path old = vm().getRunDir();

        robot.clickOn("#btn-reset");
        assertTrue(robot.lookup("#btn-train").queryButton().isDisabled() || vm().getState() == RunState.IDLE,
                "Train waits for the old run");
        waitFor(60, "the old run to save itself", () -> vm().getState() == RunState.IDLE);
        assertTrue(Files.isRegularFile(old.resolve("checkpoint.zip")), "the old run's checkpoint");
        robot.clickOn("#btn-train");
        waitFor(90, "the new run", () -> vm().getState() == RunState.RUNNING);
        assertNotEquals(old, vm().getRunDir());
    }

    @Test
    void onPagesThatTrainNothingTheRunButtonsAreOff(FxRobot robot) {
        Tab runsTab = window.view().tabs().getTabs().stream().filter(t -> "tab-runs".equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> window.view().tabs().getSelectionModel().select(runsTab));
        assertTrue(robot.lookup("#btn-train").queryButton().isDisabled());
        robot.push(KeyCode.F5);
        assertEquals(RunState.IDLE, vm().getState(), "F5 trains nothing here");
    }

    @Test
    void trainsPausesStepsResumesExportsSavesAndReopens(FxRobot robot) throws Exception {
        tinySetup(robot);
        robot.clickOn("#btn-train");
        waitFor(90, "training to produce samples", () -> iteration() >= 4
                && robot.lookup("#sample-grid").queryAs(ImageView.class).getImage() != null);

        // the grid and the charts change while training runs
        Image firstGrid = robot.lookup("#sample-grid").queryAs(ImageView.class).getImage();
        long firstChart = window.view().charts().shownRevision();
        long firstIteration = iteration();
        waitFor(60, "a newer grid and charts", () -> robot.lookup("#sample-grid").queryAs(ImageView.class).getImage() != firstGrid
                && window.view().charts().shownRevision() > firstChart && iteration() > firstIteration + 4);
        assertNotEquals(pixels(firstGrid), pixels(robot.lookup("#sample-grid").queryAs(ImageView.class).getImage()));
        assertTrue(robot.lookup("#status-iteration").queryAs(Label.class).getText().startsWith("Iteration "));

        // pause stops the iteration count
        robot.clickOn("#btn-pause");
        waitFor(20, "paused", () -> vm().getState() == RunState.PAUSED);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        long paused = iteration();
        WaitForAsyncUtils.sleep(1200, TimeUnit.MILLISECONDS);
        assertEquals(paused, iteration(), "no iterations while paused");
        assertTrue(robot.lookup("#btn-pause").queryButton().getText().contains("Resume"));

        // step runs exactly one
        robot.clickOn("#btn-step");
        waitFor(20, "one step", () -> iteration() == paused + 1);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertEquals(paused + 1, iteration());

        // resume continues
        robot.clickOn("#btn-pause");
        waitFor(30, "training to continue", () -> iteration() > paused + 5);

        robot.clickOn("#btn-stop");
        waitFor(60, "stopped and saved", () -> vm().getState() == RunState.STOPPED);
        waitFor(5, "the run-saved notification", () -> !robot.lookup(".notice.info").queryAll().isEmpty());
        long stoppedAt = iteration();
        int frames = vm().timeline().size();
        assertTrue(frames >= 3, "snapshots: " + frames);

        // GIF: one frame per snapshot, looping
        Path gif = runs.resolve("export/training.gif");
        Files.createDirectories(gif.getParent());
        robot.interact(() -> window.exports().exportGif(gif));
        waitFor(30, "the GIF", () -> window.exports().lastWrittenProperty().get() != null);
        assertEquals(frames, GifExport.countFrames(gif));
        assertEquals(0, GifExport.loopCount(gif));

        // save the run elsewhere, reset, reopen it, and continue training from it
        Path saved = runs.resolve("export/saved-run");
        robot.interact(() -> window.exports().saveRunAs(saved));
        waitFor(30, "the saved run", () -> saved.equals(window.exports().lastWrittenProperty().get()));
        robot.clickOn("#btn-reset");
        assertEquals(0, vm().timeline().size());
        robot.interact(() -> vm().open(saved));
        waitFor(30, "the reopened run", () -> vm().getState() == RunState.OPENED);
        assertEquals(snapshotFiles(saved), vm().timeline().size());
        assertEquals(stoppedAt, vm().metrics().last().iteration());
        assertNotNull(robot.lookup("#sample-grid").queryAs(ImageView.class).getImage());
        assertTrue(robot.lookup("#btn-train").queryButton().getText().contains("Continue"));

        robot.clickOn("#btn-train");
        waitFor(90, "the reopened run to train on", () -> iteration() > stoppedAt + 2);
        assertEquals(saved, vm().getRunDir());
        robot.clickOn("#btn-stop");
        waitFor(60, "stopped again", () -> vm().getState() == RunState.STOPPED);
    }

    @Test
    void closingTheWindowWhileTrainingStopsTheRunAndSavesIt(FxRobot robot) throws IOException {
        tinySetup(robot);
        robot.clickOn("#btn-train");
        waitFor(90, "training", () -> iteration() >= 8);
        Path dir = vm().getRunDir();
        Stage stage = (Stage) robot.lookup("#btn-train").query().getScene().getWindow();

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertTrue(stage.isShowing(), "stays open while the run saves itself");
        waitFor(60, "the window to close", () -> !stage.isShowing());
        assertEquals(RunState.STOPPED, vm().getState());
        // saved at the last iteration trained, not only at an earlier epoch end (an epoch is 4 iterations)
        long last = iteration();
        assertTrue(last >= 8, "trained: " + last);
        assertEquals(last, CheckpointFile.read(dir.resolve("checkpoint.zip")).state().iteration(), "checkpoint iteration");
        List<String> rows = Files.readAllLines(dir.resolve("metrics.csv"));
        assertEquals(last, Long.parseLong(rows.get(rows.size() - 1).split(",")[0]), "metrics saved to the last iteration");
    }

    private static long snapshotFiles(Path run) throws IOException {
        try (Stream<Path> s = Files.list(run.resolve("snapshots"))) {
            return s.filter(p -> p.toString().endsWith(".png")).count();
        }
    }

    private static int pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] px = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), px, 0, w);
        return java.util.Arrays.hashCode(px);
    }
}
