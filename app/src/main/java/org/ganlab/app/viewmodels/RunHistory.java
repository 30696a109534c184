package org.ganlab.app.viewmodels;

import java.util.function.Consumer;
import org.ganlab.app.services.DoctorHistory;
import org.ganlab.app.services.RunFolderService.LoadedRun;

/**
 * What a reopened run shows beyond its losses: the markers of its live hyperparameter changes on
 * the charts, its quality figures, the training doctor's diagnoses and the gradient norms, as
 * they were shown while it trained.
 */
final class RunHistory {

    private RunHistory() {
    }

    /** Call after the run's metrics are in {@code metrics} and its config is in force. */
    static void restore(LoadedRun run, MetricsViewModel metrics, QualityViewModel quality) {
        ChangeText.markers(run.changes()).forEach(m -> metrics.mark(m.iteration(), m.label()));
        quality.restore(run.quality());
    }

    /** The doctor's diagnoses and the gradient norms; a damaged file is named in a warning, the rest still shows. */
    static void restore(DoctorHistory history, DoctorViewModel doctor, GradientNormsViewModel gradients,
                        Consumer<Notice> notices) {
        doctor.restore(history.diagnoses());
        gradients.restore(history.norms());
        if (!history.problem().isEmpty()) {
            notices.accept(new Notice(Notice.Level.WARNING, "Part of the run could not be read", history.problem()));
        }
    }
}
