package org.ganlab.app.viewmodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.ganlab.app.model.ClassShare;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.RunFolderService;
import org.ganlab.app.support.FakeTrainer;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;
import org.ganlab.engine.train.TrainingEvent.MetricsComputed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metrics chart, the class-coverage histogram and the collapse warning, fed MetricsComputed events. */
class QualityViewModelTest {

    @TempDir
    Path root;

    private static double[] even() {
        double[] s = new double[10];
        java.util.Arrays.fill(s, 0.1);
        return s;
    }

    private static double[] collapsed() {
        return new double[] {0.005, 0.9, 0.01, 0.005, 0.02, 0.01, 0.01, 0.02, 0.01, 0.01};
    }

    @Test
    void metricsArriveThroughTheTrainingEventsAndAreChartedOverEpochs() {
        FakeTrainer trainer = new FakeTrainer();
        TrainingConfig cfg = TrainingConfig.defaults().withMetricsEvery(1);
        TrainingViewModel training = new TrainingViewModel(trainer, new RunFolderService(root),
                BackgroundTasks.synchronous(), new AtomicLong()::get, cfg);
        QualityViewModel q = training.quality();
        assertTrue(q.shownProperty().get(), "asked for on MNIST: the panel shows before the first figures");
        training.train();
        training.apply(List.of(new TrainingEvent.RunStarted(0, trainer.startedDir, cfg, "CPU", 469, 9380, 0),
                new MetricsComputed(469, 1, 80.5, 10, 6.2, even(), false),
                new MetricsComputed(938, 2, 41.0, 10, 8.1, even(), false)));

        assertEquals(2, q.fid().size());
        assertEquals(41.0, q.fid().y(1));
        assertEquals(2.0, q.fid().x(1), "x is the epoch");
        assertEquals(8.1, q.score().y(1));
        assertEquals("epoch 2 · Fréchet distance 41.00 · coverage 10/10 · score 8.10", q.summaryProperty().get());
        assertFalse(q.collapsedProperty().get());
        assertEquals("", q.warningProperty().get());
    }

    @Test
    void classesUnderTwoPercentAreHighlightedAndCollapseIsWarnedAbout() {
        QualityViewModel q = new QualityViewModel();
        q.configure(TrainingConfig.defaults().withDataset("fashion-mnist").withMetricsEvery(1));
        long revision = q.revisionProperty().get();
        q.add(new MetricsComputed(100, 3, 150.0, 2, 1.4, collapsed(), true));

        assertEquals(revision + 1, q.revisionProperty().get());
        List<ClassShare> bars = q.shares();
        assertEquals(10, bars.size());
        assertEquals(new ClassShare("Trouser", 0.9, false), bars.get(1));
        assertTrue(bars.get(0).low());
        assertFalse(bars.get(4).low(), "exactly 2% is covered");
        assertEquals(7, bars.stream().filter(ClassShare::low).count());
        assertTrue(q.collapsedProperty().get());
        assertTrue(q.warningProperty().get().startsWith("Mode collapse at epoch 3: the generator draws only 2 of 10 classes; \"Trouser\" is 90% of them"),
                q.warningProperty().get());

        q.add(new MetricsComputed(200, 4, 60.0, 10, 7.0, even(), false));
        assertFalse(q.collapsedProperty().get(), "the warning goes when coverage recovers");
        q.clear();
        assertEquals(0, q.fid().size());
        assertEquals(0, q.shares().size());
    }

    @Test
    void noPanelForPointsOrImageFoldersOrWhenMetricsAreOff() {
        QualityViewModel q = new QualityViewModel();
        q.configure(TrainingConfig.defaults());
        assertFalse(q.shownProperty().get());
        q.configure(TrainingConfig.defaults().withDataset("ring8").withModel("mlp2d").withMetricsEvery(1));
        assertFalse(q.shownProperty().get());
    }
}
