package org.ganlab.app.viewmodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganlab.app.services.ComparisonService;
import org.ganlab.app.support.Events;
import org.ganlab.app.support.FakeRuns;
import org.ganlab.app.support.QueuedTasks;
import org.ganlab.engine.checkpoint.ConfigJson;
import org.ganlab.engine.report.ComparisonCharts;
import org.ganlab.engine.report.ConfigDiff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Compare view's model: runs read in the background, one scrubber over all grids, the export. */
class CompareViewModelTest {

    @TempDir
    Path root;
    private final QueuedTasks queue = new QueuedTasks();
    private final CompareViewModel vm = new CompareViewModel(new ComparisonService(), queue.tasks);

    /** FakeRuns: snapshots at iterations 4, 8, 12… ; {@code batch} tells the runs apart. */
    private Path run(String name, int snapshots, int batch) throws Exception {
        Path dir = FakeRuns.create(root.resolve(name), snapshots);
        ConfigJson.write(Events.tiny().withBatchSize(batch), dir.resolve("config.json"));
        return dir;
    }

    @Test
    void readsTheRunsOffTheFxThreadThenShowsWhatDiffers() throws Exception {
        List<Path> runs = List.of(run("a", 3, 16), run("b", 3, 32), FakeRuns.withHistory(root.resolve("c")));

        vm.compare(runs);
        assertNull(vm.comparisonProperty().get(), "nothing is read on the calling thread");
        assertEquals("Reading 3 runs…", vm.messageProperty().get());
        queue.runAll();

        assertEquals(3, vm.comparisonProperty().get().runs().size());
        ConfigDiff.Setting batch = vm.differingSettings().stream().filter(s -> s.key().equals("batchSize")).findFirst().orElseThrow();
        assertEquals(List.of("16", "32", String.valueOf(Events.tiny().batchSize())), batch.values());
        assertTrue(vm.charts().containsAll(List.of(ComparisonCharts.Kind.G_LOSS, ComparisonCharts.Kind.FID)),
                "run c has quality figures: " + vm.charts());
    }

    @Test
    void oneScrubberMovesEveryGridToItsNearestSnapshot() throws Exception {
        vm.compare(List.of(run("a", 3, 16), run("b", 1, 32)));
        queue.runAll();
        ComparedSamples samples = vm.samples();

        assertEquals(4, samples.iterationProperty().get(), "starts where both runs have a snapshot (b has only iteration 4)");
        samples.iterationProperty().set(11);
        assertEquals(12, samples.cells().get(0).iteration());
        assertNull(samples.cells().get(0).grid(), "the PNG is read in the background");
        assertEquals(4, samples.cells().get(1).iteration(), "b's only snapshot stays");
        queue.runAll();

        assertNotNull(samples.cells().get(0).grid());
        assertEquals(30, samples.cells().get(0).grid().width());
        assertEquals(List.of(4L, 12L), List.of(samples.firstProperty().get(), samples.lastProperty().get()));
    }

    @Test
    void aGridReadAfterTheScrubberMovedOnIsDropped() throws Exception {
        vm.compare(List.of(run("a", 3, 16), run("b", 3, 32)));
        queue.runAll();
        ComparedSamples samples = vm.samples();

        samples.iterationProperty().set(8);
        samples.iterationProperty().set(12);
        queue.runAll();

        assertEquals(12, samples.cells().get(0).iteration());
        assertTrue(samples.cells().get(0).snapshot().endsWith("epoch-003_iter-00000012.png"));
        assertNotNull(samples.cells().get(0).grid());
    }

    @Test
    void tooFewRunsOrAFolderThatIsNoRunIsTheMessage() throws Exception {
        Path a = run("a", 1, 16);
        vm.compare(List.of(a));
        assertEquals("Select 2 to 6 runs to compare (1 selected).", vm.messageProperty().get());
        assertEquals(0, queue.pending());

        Path photos = Files.createDirectories(root.resolve("photos"));
        vm.compare(List.of(a, photos));
        queue.runAll();

        assertEquals("Could not compare: " + photos + " is not a run folder: it has no config.json, metrics.csv or checkpoint.zip",
                vm.messageProperty().get());
        assertFalse(CompareViewModel.canCompare(7));
    }

    @Test
    void exportsTheSamePageAsTheCommandLine() throws Exception {
        vm.compare(List.of(run("a", 2, 16), run("b", 2, 32)));
        queue.runAll();
        Path page = root.resolve("out").resolve("compare.html");

        vm.export(page);
        queue.runAll();

        assertEquals("Comparison written to " + page, vm.messageProperty().get());
        String html = Files.readString(page);
        assertTrue(html.contains("<td>batchSize</td><td>16</td><td>32</td>"), "the differing setting");
        assertEquals(2 * 2, html.split("<img ", -1).length - 1, "two rows of samples, two runs");
    }
}
