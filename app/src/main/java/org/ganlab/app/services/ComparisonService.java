package org.ganlab.app.services;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ganlab.app.model.GridImage;
import org.ganlab.engine.report.HtmlComparison;
import org.ganlab.engine.report.RunComparison;

/**
 * Reads runs side by side for the Compare view and writes their comparison page, through the
 * engine's {@link RunComparison} and {@link HtmlComparison} (the same page as {@code ganlab compare}).
 * Every method reads or writes files: call it off the FX thread.
 */
public final class ComparisonService {

    /** @throws IOException naming the folder: too few or many runs, not a run, a run twice */
    public RunComparison read(List<Path> runDirs) throws IOException {
        return RunComparison.read(runDirs);
    }

    /** Writes the comparison page atomically. */
    public void export(List<Path> runDirs, Path target) throws IOException {
        HtmlComparison.write(runDirs, target);
    }

    /** A snapshot PNG's grid. */
    public GridImage readGrid(Path png) throws IOException {
        return RunFolderService.readGrid(png);
    }
}
