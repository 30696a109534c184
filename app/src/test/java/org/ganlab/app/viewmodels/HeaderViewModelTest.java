package org.ganlab.app.viewmodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.PointsFileService;
import org.ganlab.app.services.RunFolderService;
import org.ganlab.app.support.FakeTrainer;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The header's run buttons act on the page shown: the Train page, the 2-D lab, or nothing. */
class HeaderViewModelTest {

    @TempDir
    Path root;

    private final FakeTrainer trainer = new FakeTrainer();
    private final AtomicLong clock = new AtomicLong();
    private TrainingViewModel training;
    private ToyLabViewModel lab;
    private HeaderViewModel header;

    @BeforeEach
    void setUp() {
        BackgroundTasks tasks = BackgroundTasks.synchronous();
        training = new TrainingViewModel(trainer, new RunFolderService(root), tasks, clock::get, TrainingConfig.defaults());
        lab = new ToyLabViewModel(training.run(), training.status(), trainer, tasks, Runnable::run,
                new PointsFileService(root), clock::get);
        header = new HeaderViewModel(training);
    }

    private void runStarted() {
        training.apply(List.of(new TrainingEvent.RunStarted(0, trainer.startedDir, trainer.started, "CPU", 4, 8, 0)));
    }

    @Test
    void onTheLabTrainStartsTheLabsRunAndTheTrainPageKeepsItsSetup() {
        header.pageProperty().set(lab);
        assertTrue(header.canTrainProperty().getValue());
        header.train();

        assertEquals("mlp2d", trainer.started.model());
        assertEquals("ring8", trainer.started.dataset());
        assertEquals(TrainingConfig.defaults(), training.setup().getConfig());
        runStarted();
        assertTrue(header.canPauseProperty().getValue());
        assertTrue(header.canStopProperty().getValue());
        assertFalse(header.canResetProperty().getValue(), "the lab has nothing to reset");
        assertFalse(training.resetNeededProperty().get(), "the Train page's setup is no change to the lab's run");
        training.setup().field(HyperParameter.LEARNING_RATE_G).setText("1e-4");
        training.applyLiveChanges();
        assertTrue(trainer.updates.isEmpty(), "the Train page's edits are not sent to the lab's run");
    }

    @Test
    void onTheLabTheMainRunIsNotTheLabsToPauseOrStop() {
        header.train();   // the Train page's MNIST run
        runStarted();
        header.pageProperty().set(lab);

        assertFalse(header.canTrainProperty().getValue());
        assertFalse(header.canPauseProperty().getValue());
        assertFalse(header.canStopProperty().getValue());
        header.stop();
        header.togglePause();
        assertEquals(List.of("start"), trainer.calls);
        header.pageProperty().set(training);
        assertTrue(header.canStopProperty().getValue());
        header.stop();
        assertEquals(List.of("start", "stop"), trainer.calls);
    }

    @Test
    void onAPageThatTrainsNothingEveryRunButtonIsDisabled() {
        header.pageProperty().set(null);

        assertFalse(header.canTrainProperty().getValue());
        assertFalse(header.canResetProperty().getValue());
        assertEquals("Train", header.trainLabelProperty().getValue());
        header.train();
        assertNull(trainer.started);
    }

    @Test
    void theLabelsFollowThePageShown() {
        header.train();
        runStarted();
        training.apply(List.of(new TrainingEvent.Paused(3)));
        assertEquals("Resume", header.pauseLabelProperty().getValue());
        assertTrue(header.canStepProperty().getValue());
        header.pageProperty().set(lab);
        assertFalse(header.canStepProperty().getValue(), "the paused run is the Train page's");
    }
}
