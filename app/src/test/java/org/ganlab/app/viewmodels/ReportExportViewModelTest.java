package org.ganlab.app.viewmodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ganlab.app.services.BackgroundTasks;
import org.ganlab.app.services.ExportService;
import org.ganlab.app.services.RunFolderService;
import org.ganlab.app.support.Events;
import org.ganlab.app.support.FakeRuns;
import org.ganlab.app.support.FakeTrainer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export ▸ Run report…: the opened run's HTML page, or a notice naming why not. */
class ReportExportViewModelTest {

    @TempDir
    Path root;

    private final BackgroundTasks tasks = BackgroundTasks.synchronous();
    private TrainingViewModel training;
    private ExportViewModel exports;

    @BeforeEach
    void setUp() {
        RunFolderService runs = new RunFolderService(root);
        training = new TrainingViewModel(new FakeTrainer(), runs, tasks, System::nanoTime, Events.tiny());
        exports = new ExportViewModel(training, new ExportService(), runs, tasks);
    }

    @Test
    void aReportNeedsARun() throws Exception {
        assertFalse(exports.canExportReportProperty().get(), "nothing opened yet");

        training.open(FakeRuns.withHistory(root.resolve("r1")));

        assertTrue(exports.canExportReportProperty().get());
    }

    @Test
    void theOpenedRunsReportIsWrittenAndAnnounced() throws Exception {
        training.open(FakeRuns.withHistory(root.resolve("r1")));
        Path target = root.resolve("out").resolve("r1-report.html");

        exports.exportReport(target);

        String html = Files.readString(target);
        assertTrue(html.contains("<h1>Run report: r1</h1>"), html);
        assertTrue(html.contains("lr G 2e-4→2e-3, D/G 1→2"), "the live changes mark the charts");
        assertEquals(target, exports.lastWrittenProperty().get());
        assertEquals(new Notice(Notice.Level.INFO, "Run report saved", target.toString()), training.noticeProperty().get());
    }

    @Test
    void aReportThatCannotBeWrittenSaysWhyAndLeavesTheOldOne() throws Exception {
        training.open(FakeRuns.withHistory(root.resolve("r1")));
        Path folder = Files.createDirectories(root.resolve("reports"));

        exports.exportReport(folder);

        Notice notice = training.noticeProperty().get();
        assertEquals(Notice.Level.ERROR, notice.level());
        assertEquals("Run report not saved", notice.title());
        assertTrue(notice.text().contains(folder.toAbsolutePath() + ": it is a directory"), notice.text());
        assertTrue(Files.isDirectory(folder));
    }
}
