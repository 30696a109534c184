package org.ganlab.app.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.RunFolderService;
import org.ganlab.app.support.Events;
import org.ganlab.app.support.FakeRuns;
import org.ganlab.app.support.FakeTrainer;
import org.ganlab.app.viewmodels.RunsViewModel;
import org.ganlab.app.viewmodels.TrainingViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Runs page as a student uses it: select three runs, compare them, move the one scrubber. */
@ExtendWith(ApplicationExtension.class)
class RunsViewTest {

    private RunsViewModel vm;

    @Start
    void start(Stage stage) throws IOException {
        Path root = Files.createTempDirectory("ganlab-runs-view");
        for (String name : new String[] {"run-a", "run-b", "run-c"}) {
            FakeRuns.create(root.resolve(name), 3);
        }
        RunFolderService runs = new RunFolderService(root);
        BackgroundTasks tasks = BackgroundTasks.pooled(Platform::runLater);
        TrainingViewModel training = new TrainingViewModel(new FakeTrainer(), runs, tasks, System::nanoTime, Events.tiny());
        vm = new RunsViewModel(runs, tasks, training);
        stage.setScene(new Scene((javafx.scene.Parent) new RunsView(vm).root(), 1400, 900));
        stage.show();
        vm.refresh();
    }

    private static void waitFor(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what, e);
        }
    }

    @Test
    void threeSelectedRunsAreComparedAndOneScrubberMovesEveryGrid(FxRobot robot) {
        TableView<?> table = robot.lookup("#runs-table").queryAs(TableView.class);
        waitFor("the runs listed", () -> table.getItems().size() == 3);
        Button compare = robot.lookup("#btn-compare-runs").queryButton();
        robot.interact(() -> table.getSelectionModel().select(0));
        assertTrue(compare.isDisabled(), "one run is not a comparison");

        robot.interact(() -> table.getSelectionModel().selectAll());
        assertEquals("Compare 3 runs", compare.getText());
        robot.clickOn(compare);

        waitFor("the G loss chart", () -> robot.lookup("#compare-chart-g_loss").tryQuery().isPresent());
        FlowPane grids = robot.lookup("#compare-grids").queryAs(FlowPane.class);
        waitFor("three grids drawn", () -> robot.from(grids).lookup((ImageView v) -> v.getImage() != null).queryAll().size() == 3);
        assertFalse(robot.lookup("#btn-export-comparison").queryButton().isDisabled());

        Slider scrubber = robot.lookup("#compare-scrubber").queryAs(Slider.class);
        robot.interact(() -> scrubber.setValue(5));
        waitFor("every grid at the snapshot nearest 5", () -> robot.from(grids)
                .lookup((Label l) -> l.getText().equals("snapshot at iteration 4")).queryAll().size() == 3);
        assertEquals("iteration 5", robot.lookup("#compare-iteration").queryAs(Label.class).getText());
    }
}
