package org.ganlab.app.viewmodels;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.ganlab.app.model.MetricRow;
import org.ganlab.app.model.SampleLayout;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.DoctorHistory;
import org.ganlab.app.services.RunFolderService;
import org.ganlab.app.services.RunFolderService.LoadedRun;

/**
 * Opens a saved run on the Train page: reads its folder on the background pool, then shows its
 * setup, charts, timeline and last samples; Train then continues it from its checkpoint.
 */
final class RunOpener {

    private final TrainingViewModel page;
    private final RunControlViewModel run;
    private final RunFolderService runs;
    private final BackgroundTasks tasks;
    private final Consumer<Notice> notices;

    RunOpener(TrainingViewModel page, RunControlViewModel run, RunFolderService runs, BackgroundTasks tasks,
              Consumer<Notice> notices) {
        this.page = page;
        this.run = run;
        this.runs = runs;
        this.tasks = tasks;
        this.notices = notices;
    }

    /** Opens the run in {@code dir}; ignored while a run is active or for a cancelled dialog (null). */
    void open(Path dir) {
        if (run.getState().isActive() || dir == null) {
            return;
        }
        page.status().message("Opening " + dir.getFileName() + "…");
        tasks.run(() -> new Opened(runs.read(dir), DoctorHistory.read(dir)), this::showOpened,
                e -> notices.accept(Notice.error("Could not open run", Notice.cause(e))));
    }

    /** The folder as read off the FX thread: what every run has, and what the training doctor left. */
    private record Opened(LoadedRun run, DoctorHistory doctor) {}

    private void showOpened(Opened read) {
        LoadedRun opened = read.run();
        if (run.getState().isActive()) {
            return;   // a run started while the folder was read
        }
        run.clearRun();
        page.setup().load(opened.config());
        page.metrics().addAll(opened.metrics());
        page.timeline().addFrames(opened.frames());
        MetricRow last = page.metrics().last();
        int epoch = last == null ? 0 : last.epoch();
        if (opened.lastGrid() != null) {
            SampleLayout layout = SampleLayout.of(opened.config().dataset(), opened.config().model());
            page.samples().show(layout.reopened(opened.lastGrid()), opened.frames().get(opened.frames().size() - 1).caption());
        }
        RunHistory.restore(opened, page.metrics(), page.quality());
        RunHistory.restore(read.doctor(), page.doctor(), page.gradients(), notices);
        page.eventsOpened(epoch);
        page.status().progress(last == null ? 0 : last.iteration(), epoch);
        page.status().message("Opened " + opened.dir().getFileName()
                + (opened.hasCheckpoint() ? ": press Continue to train on" : " (no checkpoint: view only)"));
        run.opened(page, opened.dir(), opened.config(), opened.hasCheckpoint(), epoch);   // last: the page is complete once OPENED
    }
}
