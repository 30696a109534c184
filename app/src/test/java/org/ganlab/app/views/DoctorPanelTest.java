package org.ganlab.app.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.ganlab.app.GanLabWindow;
import org.ganlab.app.support.Events;
import org.ganlab.engine.diagnosis.DiagnosisKind;
import org.ganlab.engine.train.TrainingEvent;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Doctor panel in the window, headless: the engine's doctor events (fed as the pump feeds
 * them) show as a coloured verdict, in the status bar, as a list entry the student clicks to see
 * the snapshot where it began, and as bands on the charts and the timeline strip.
 */
@ExtendWith(ApplicationExtension.class)
class DoctorPanelTest {

    private static Path runs;
    private GanLabWindow window;

    @BeforeAll
    static void runsFolder() throws IOException {
        runs = Files.createTempDirectory("ganlab-doctor-ui");
    }

    @Start
    void start(Stage stage) {
        window = new GanLabWindow(stage, runs, GanLabWindow.initialConfig());
        window.show();
    }

    @AfterEach
    void close() throws InterruptedException {
        window.dispose();
        window.awaitTrainer(Duration.ofSeconds(30));
    }

    /** Four snapshots (iterations 4 to 16) and "D overpowers G" from iteration 5, ongoing. */
    private void diagnosed(FxRobot robot) {
        robot.interact(() -> window.viewModel().apply(List.of(Events.grid(4, 0f), Events.grid(8, 0f),
                Events.grid(12, 0f), Events.grid(16, 0f),
                new TrainingEvent.DiagnosisStarted(16, Events.overpowers(5, -1)),
                new TrainingEvent.Verdict(16, Events.overpowers(5, -1)))));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theVerdictShowsColouredInThePanelAndTheStatusBar(FxRobot robot) {
        Label verdict = robot.lookup("#doctor-verdict").queryAs(Label.class);
        assertTrue(verdict.getText().startsWith("The doctor is watching"), verdict.getText());
        assertTrue(!robot.lookup("#status-verdict").query().isVisible(), "no verdict in the status bar before one");

        diagnosed(robot);

        String title = DiagnosisKind.D_OVERPOWERS_G.title();
        assertTrue(verdict.getText().startsWith(title + ": D(x) 0.991"), verdict.getText());
        assertTrue(verdict.getStyleClass().contains("doctor-warning"), verdict.getStyleClass().toString());
        Label status = robot.lookup("#status-verdict").queryAs(Label.class);
        assertTrue(status.isVisible());
        assertEquals("Doctor: " + title, status.getText());
        assertTrue(status.getStyleClass().contains("doctor-warning"));
    }

    @Test
    void clickingADiagnosisShowsItsExplanationAndTheSnapshotWhereItBegan(FxRobot robot) {
        diagnosed(robot);
        assertEquals(3, window.viewModel().timeline().indexProperty().get(), "following the newest snapshot");

        Node cell = robot.lookup("#doctor-list .list-cell").nth(0).query();
        Label headline = robot.from(cell).lookup(".doctor-headline").queryAs(Label.class);
        assertEquals(DiagnosisKind.D_OVERPOWERS_G.title() + " · from iteration 5 (ongoing)", headline.getText());
        robot.clickOn(cell);

        assertEquals(0, window.viewModel().timeline().indexProperty().get(), "iteration 5: the snapshot at 4");
        Label explanation = robot.lookup("#doctor-explanation").queryAs(Label.class);
        assertTrue(explanation.isVisible());
        assertTrue(explanation.getText().endsWith(DiagnosisKind.D_OVERPOWERS_G.explanation()), explanation.getText());
    }

    @Test
    void theChartsShadeTheDiagnosisAndDrawTheEquilibrium(FxRobot robot) {
        diagnosed(robot);
        ChartsView charts = window.view().charts();

        for (int c = 0; c < 3; c++) {
            List<IntervalMarker> bands = charts.diagnosisMarks().shownOn(c);
            assertEquals(1, bands.size(), "chart " + c);
            assertEquals(5, bands.get(0).getStartValue());
        }
        assertEquals(1, charts.charts().losses().getXYPlot().getDomainMarkers(Layer.BACKGROUND).size());
        List<Double> lines = charts.charts().losses().getXYPlot().getRangeMarkers(Layer.BACKGROUND).stream()
                .map(m -> ((ValueMarker) m).getValue()).toList();
        assertEquals(List.of(Math.log(4), Math.log(2)), lines, "bce: D at ln 4, G at ln 2");
        Marker half = (Marker) charts.charts().outputs().getXYPlot().getRangeMarkers(Layer.BACKGROUND).iterator().next();
        assertEquals(0.5, ((ValueMarker) half).getValue());

        robot.interact(() -> window.viewModel().metrics().mark(10, "Learning rate G 2e-4 → 2e-3"));
        assertEquals(1, charts.diagnosisMarks().shownOn(0).size(), "a live change redraws its markers, not the doctor's");
        assertEquals(1, charts.charts().losses().getXYPlot().getDomainMarkers(Layer.BACKGROUND).size());
    }

    @Test
    void theTimelineStripMarksTheSnapshotsInsideTheDiagnosis(FxRobot robot) {
        diagnosed(robot);

        assertEquals(3, robot.lookup("#timeline-strip .doctor-band.doctor-warning").queryAll().size(),
                "the snapshots at 8, 12 and 16");
        assertEquals(1, robot.lookup("#timeline-strip .doctor-band.edge").queryAll().size(), "where it starts");
    }
}
