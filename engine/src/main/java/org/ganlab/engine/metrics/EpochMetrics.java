package org.ganlab.engine.metrics;

import java.io.IOException;
import org.ganlab.engine.data.DatasetCatalog;
import org.ganlab.engine.train.GanTrainer;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent.ActivityStarted;
import org.ganlab.engine.train.TrainingEvent.MetricsComputed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's {@code --metrics-every E}: after every E-th epoch, scores
 * {@link QualityMetrics#DEFAULT_SAMPLES} samples of the trainer's generator. The metrics (and, the
 * first time per data set, the classifier) are prepared at the first due epoch. Data without a
 * labelled test split (image folders, 2-D toy sets, IDX folders without {@code t10k} files) has no
 * metrics: that is logged once and the run trains on, since a missing figure is no reason to stop.
 * Used by the training thread only.
 */
public final class EpochMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(EpochMetrics.class);

    private QualityMetrics metrics;
    private boolean unavailable;

    /**
     * What {@link #maybeCompute} is about to do, for the window's status bar: null when no metrics
     * are due, else {@code ActivityStarted.TRAINING_CLASSIFIER} the first time (the classifier is
     * trained, or read from the cache) or {@code COMPUTING_METRICS}.
     */
    public String dueActivity(TrainingConfig config, GanTrainer trainer) {
        if (!due(config, trainer)) {
            return null;
        }
        return metrics == null ? ActivityStarted.TRAINING_CLASSIFIER : ActivityStarted.COMPUTING_METRICS;
    }

    private boolean due(TrainingConfig config, GanTrainer trainer) {
        int every = config.metricsEvery();
        return every > 0 && !unavailable && trainer.atEpochEnd() && trainer.epochsDone() % every == 0;
    }

    /** The metrics of the epoch just completed, or null when none are due (or none exist). */
    public MetricsComputed maybeCompute(TrainingConfig config, GanTrainer trainer) throws IOException {
        if (!due(config, trainer)) {
            return null;
        }
        if (metrics == null && !prepare(config.dataset())) {
            return null;
        }
        QualityReport r = metrics.evaluate(trainer::generate, config.latentSize(),
                trainer.model().classCount(), QualityMetrics.DEFAULT_SAMPLES,
                config.seed());
        return new MetricsComputed(trainer.iteration(), trainer.epochsDone(), r.fid(), r.covered(), r.score(),
                r.classShares(), r.collapsed());
    }

    private boolean prepare(String dataset) throws IOException {
        try {
            metrics = QualityMetrics.forDataset(dataset, DatasetCatalog.defaultAssetsDir());
            return true;
        } catch (IllegalArgumentException | java.nio.file.NoSuchFileException e) {
            LOG.warn("No quality metrics for {}: {}", dataset, e.getMessage());
            unavailable = true;
            return false;
        }
    }
}
