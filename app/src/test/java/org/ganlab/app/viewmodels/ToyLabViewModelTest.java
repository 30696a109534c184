package org.ganlab.app.viewmodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.ganlab.app.model.ToyFrame;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.PointsFileService;
import org.ganlab.app.services.RunFolderService;
import org.ganlab.app.support.FakeTrainer;
import org.ganlab.engine.toy.ToyDistribution;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 2-D lab fed synchronously: frames on request, dropped while one is pending, coverage, drawn points. */
class ToyLabViewModelTest {

    @TempDir
    Path root;

    private final FakeTrainer trainer = new FakeTrainer();
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private TrainingViewModel training;
    private ToyLabViewModel lab;

    @BeforeEach
    void setUp() {
        trainer.points = true;
        BackgroundTasks tasks = BackgroundTasks.synchronous();
        training = new TrainingViewModel(trainer, new RunFolderService(root), tasks, clock::get, TrainingConfig.defaults());
        lab = new ToyLabViewModel(training.run(), training.status(), trainer, tasks, Runnable::run,
                new PointsFileService(root), clock::get);
    }

    /** Lab Train, then the engine's RunStarted and one step. */
    private TrainingConfig trainAndStart() {
        lab.train();
        TrainingConfig cfg = trainer.started;
        training.apply(List.of(new TrainingEvent.RunStarted(0, trainer.startedDir, cfg, "CPU · test", 100, 3000, 0),
                new TrainingEvent.StepCompleted(1, 1, 1.3, 0.7, 0.5, 0.5, 3)));
        return cfg;
    }

    private void tickAfter(long nanos) {
        clock.addAndGet(nanos);
        lab.tick(clock.get());
    }

    @Test
    void trainStartsAnMlp2dRunOnTheChosenDistributionWithTheLabsDefaults() {
        lab.distributionProperty().set("spiral");
        TrainingConfig cfg = trainAndStart();

        assertEquals("spiral", cfg.dataset());
        assertEquals("mlp2d", cfg.model());
        assertEquals(256, cfg.batchSize());
        assertEquals(3000, cfg.iterations());
        assertEquals(TrainingConfig.defaults(), training.setup().getConfig(), "the Train page keeps its own setup");
    }

    @Test
    void aTickRequestsOneFrameWithPointsHeatMapAndArrows() {
        trainAndStart();
        lab.arrowsProperty().set(true);
        tickAfter(ToyLabViewModel.FRAME_NANOS);
        ToyFrame first = lab.frameProperty().get();
        assertNotNull(first);
        assertEquals(2 * ToyLabViewModel.POINTS, first.generated().length);
        assertEquals(ToyLabViewModel.GRID * ToyLabViewModel.GRID, first.surface().length);
        assertEquals(first.surface()[0], ToyFrame.gridPoints(ToyLabViewModel.GRID)[0], "D's value at the top-left cell");
        assertNull(first.push(), "arrows start from the previous frame's points");

        tickAfter(ToyLabViewModel.FRAME_NANOS);
        ToyFrame second = lab.frameProperty().get();
        assertTrue(second != first);
        assertNotNull(second.push());
        assertEquals(-second.pushAt()[0], second.push()[0], 1e-6);
    }

    @Test
    void framesAreDroppedWhileOneIsPendingAndNeverMoreOftenThanFifteenASecond() {
        trainAndStart();
        tickAfter(ToyLabViewModel.FRAME_NANOS);
        assertEquals(1, trainer.generateCalls);
        tickAfter(ToyLabViewModel.FRAME_NANOS / 3);
        assertEquals(1, trainer.generateCalls, "too soon");

        trainer.hold = true;
        tickAfter(ToyLabViewModel.FRAME_NANOS);
        tickAfter(ToyLabViewModel.FRAME_NANOS);
        tickAfter(ToyLabViewModel.FRAME_NANOS);
        assertEquals(2, trainer.generateCalls, "one request in flight at a time");
        ToyFrame before = lab.frameProperty().get();
        trainer.release();
        assertTrue(lab.frameProperty().get() != before, "the late answer is shown");
        tickAfter(ToyLabViewModel.FRAME_NANOS);
        assertEquals(3, trainer.generateCalls);
    }

    @Test
    void coverageIsMeasuredAndChartedSoCollapseShows() {
        trainAndStart();
        trainer.pointValue = 2f / (float) Math.sqrt(2);   // every point on one mode of the ring: collapse
        tickAfter(ToyLabViewModel.FRAME_NANOS);

        assertEquals(1, lab.modes().size());
        assertEquals(1.0, lab.modes().y(0));
        assertTrue(lab.kl().y(0) > 1, "KL " + lab.kl().y(0));
        assertTrue(lab.coverageTextProperty().get().startsWith("modes covered 1/8 · KL "), lab.coverageTextProperty().get());
        long revision = lab.coverageRevisionProperty().get();

        tickAfter(ToyLabViewModel.FRAME_NANOS);
        assertEquals(1, lab.modes().size(), "at most four measurements a second");
        tickAfter(ToyLabViewModel.COVERAGE_NANOS);
        assertEquals(2, lab.modes().size());
        assertEquals(revision + 1, lab.coverageRevisionProperty().get());
    }

    @Test
    void noFramesAreRequestedWithoutA2dRun() {
        lab.tick(clock.addAndGet(ToyLabViewModel.SECOND));
        training.train();   // MNIST on the Train page
        training.apply(List.of(new TrainingEvent.RunStarted(0, trainer.startedDir, TrainingConfig.defaults(), "CPU", 4, 8, 0)));
        tickAfter(ToyLabViewModel.SECOND);
        assertEquals(0, trainer.generateCalls);
        assertNull(lab.frameProperty().get());
    }

    @Test
    void drawnPointsAreSavedAndTrainedOn() throws Exception {
        lab.distributionProperty().set(ToyLabViewModel.DRAWN);
        lab.addPoint(1, 1, false);
        lab.addPoint(1.05, 1, true);   // too close while dragging: skipped
        lab.addPoint(-2, 0.5, true);
        lab.addPoint(9, 9, false);     // off the plot
        assertEquals(4, lab.drawnPointsProperty().get().length);

        TrainingConfig cfg = trainAndStart();
        assertTrue(cfg.dataset().startsWith(ToyDistribution.POINTS_PREFIX), cfg.dataset());
        ToyDistribution drawn = ToyDistribution.named(cfg.dataset());
        assertEquals(2, drawn.modes().size());
        assertEquals(ToyLabViewModel.DRAWN, lab.distributionProperty().get());
    }

    @Test
    void trainingWithoutDrawnPointsSaysWhatToDo() {
        lab.distributionProperty().set(ToyLabViewModel.DRAWN);
        lab.train();
        assertNull(trainer.started);
        assertTrue(lab.messageProperty().get().startsWith("Draw a few points first"));
    }

    @Test
    void infinityTypedInTheLabIsNamedAtItsFieldDisablesTrainAndIsNeverSentToTheRun() {
        trainAndStart();
        lab.form().field(HyperParameter.LEARNING_RATE_G).setText("Infinity");
        lab.applyLiveChanges();

        assertTrue(trainer.updates.isEmpty());
        assertEquals("Learning rate G must be a finite number (was \"Infinity\")",
                lab.form().field(HyperParameter.LEARNING_RATE_G).getError());
        training.apply(List.of(new TrainingEvent.RunFinished(3000, 1, trainer.startedDir)));
        assertEquals(false, lab.canTrainProperty().get());
    }

    @Test
    void liveChangesInTheLabGoToItsRunWithoutTouchingTheTrainPage() {
        TrainingConfig started = trainAndStart();
        lab.form().field(HyperParameter.LEARNING_RATE_D).setText("5e-4");
        lab.applyLiveChanges();

        assertEquals(1, trainer.updates.size());
        assertEquals(5e-4, trainer.updates.get(0).learningRateD());
        assertEquals(started.dataset(), trainer.updates.get(0).dataset());
        assertEquals(TrainingConfig.defaults(), training.setup().getConfig());
    }

    @Test
    void theHeatMapSaysWhatDsNumbersAreForTheLoss() {
        assertEquals("probability", lab.outputKindProperty().get());
        lab.form().field(HyperParameter.LOSS).setText("wgan-gp");
        assertEquals("critic score", lab.outputKindProperty().get());
        assertEquals("5", lab.form().field(HyperParameter.D_STEPS_PER_G_STEP).getText(), "a critic trains 5 steps per G step");
        lab.form().field(HyperParameter.LOSS).setText("lsgan");
        assertEquals("score", lab.outputKindProperty().get());
        assertEquals("1", lab.form().field(HyperParameter.D_STEPS_PER_G_STEP).getText());
    }
}
