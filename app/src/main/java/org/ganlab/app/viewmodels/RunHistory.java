package org.ganlab.app.viewmodels;

import org.ganlab.app.services.RunFolderService.LoadedRun;

/**
 * What a reopened run shows beyond its losses: the markers of its live hyperparameter changes on
 * the charts and its quality figures, as they were shown while it trained.
 */
final class RunHistory {

    private RunHistory() {
    }

    /** Call after the run's metrics are in {@code metrics} and its config is in force. */
    static void restore(LoadedRun run, MetricsViewModel metrics, QualityViewModel quality) {
        ChangeText.markers(run.changes()).forEach(m -> metrics.mark(m.iteration(), m.label()));
        quality.restore(run.quality());
    }
}
