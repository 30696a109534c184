package org.ganlab.app.services;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.ganlab.app.model.GridImage;
import org.ganlab.app.model.MetricRow;
import org.ganlab.app.model.TimelineFrame;
import org.ganlab.engine.checkpoint.SavedGenerator;
import org.ganlab.engine.export.AtomicFiles;
import org.ganlab.engine.export.dl4j.Dl4jExport;
import org.ganlab.engine.export.GifExport;
import org.ganlab.engine.export.ImageGrid;
import org.ganlab.engine.export.PngExport;
import org.ganlab.engine.report.HtmlReport;

/** Writes the app's exports through the engine's atomic writers: a failed write leaves no half file. */
public final class ExportService {

    /**
     * How the animated GIF looks.
     *
     * @param delayMs   time each frame shows
     * @param loopCount 0 loops forever; n plays the animation n more times
     * @param captions  true draws "epoch E · iteration I" on each frame
     * @param scale     pixel repeat factor (grids are small)
     */
    public record GifOptions(int delayMs, int loopCount, boolean captions, int scale) {
        public GifOptions {
            if (delayMs < 10 || delayMs > 10_000) {
                throw new IllegalArgumentException("frame delay must be 10–10,000 ms (was " + delayMs + ")");
            }
            if (loopCount < 0 || loopCount > 65_535) {
                throw new IllegalArgumentException("loop count must be 0–65,535 (was " + loopCount + ")");
            }
            if (scale < 1 || scale > 8) {
                throw new IllegalArgumentException("scale must be 1–8 (was " + scale + ")");
            }
        }

        public static GifOptions defaults() {
            return new GifOptions(200, 0, true, 2);
        }
    }

    /** Where a GIF export gets each frame's full grid (the timeline holds only thumbnails). */
    public interface FullFrames {
        GridImage of(TimelineFrame frame) throws IOException;
    }

    /** An animated GIF of the frames, reading one full grid at a time, so memory stays at one frame. */
    public void gif(List<TimelineFrame> frames, FullFrames grids, GifOptions options, Path target) throws IOException {
        if (frames.isEmpty()) {
            throw new IOException("the timeline has no snapshots yet");
        }
        GifExport.write(frames.size(),
                i -> ImageGrid.scaleUp(grids.of(frames.get(i)).toBufferedImage(), options.scale()),
                options.captions() ? i -> frames.get(i).caption() : null,
                options.delayMs(), options.loopCount(), target);
    }

    public void png(GridImage grid, int scale, Path target) throws IOException {
        PngExport.write(ImageGrid.scaleUp(grid.toBufferedImage(), scale), target);
    }

    /**
     * A saved run's generator as a DL4J MultiLayerNetwork zip (the engine's exporter; DL4J loads
     * only here, never for training).
     *
     * @throws IOException naming {@code checkpoint.zip} when the run has none yet, or the target
     *                     when it cannot be written (an older file there stays as it was)
     */
    public void dl4jGenerator(Path runDir, Path target) throws IOException {
        SavedGenerator generator = SavedGenerator.load(runDir);
        Dl4jExport.write(generator.model(), "run " + runDir + ", model " + generator.config().model() + " on "
                + generator.config().dataset() + ", iteration " + generator.iteration(), target);
    }

    /** A run folder's self-contained HTML report (see the engine's {@code HtmlReport}). */
    public void report(Path runDir, Path target) throws IOException {
        HtmlReport.write(runDir, target);
    }

    public void csv(List<MetricRow> rows, Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write(MetricRow.CSV_HEADER);
            w.newLine();
            for (MetricRow r : rows) {
                w.write(r.toCsv());
                w.newLine();
            }
            w.flush();
        });
    }
}
