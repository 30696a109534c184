package org.ganlab.app.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.app.model.GridImage;
import org.ganlab.app.model.MetricRow;
import org.ganlab.app.model.Snapshot;
import org.ganlab.app.model.TimelineFrame;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import org.ganlab.app.support.Events;
import org.ganlab.engine.export.GifExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportServiceTest {

    @TempDir
    Path dir;

    private final ExportService exports = new ExportService();

    @Test
    void gifHasOneFramePerSnapshotAndLoopsForever() throws Exception {
        List<TimelineFrame> frames = new ArrayList<>();
        Map<TimelineFrame, GridImage> grids = new HashMap<>();
        for (int i = 1; i <= 5; i++) {
            Snapshot s = new Snapshot(i * 10, i, true, GridImage.of(Events.samples(64, i / 5f - 0.5f), 8));
            frames.add(TimelineFrame.of(s));
            grids.put(frames.get(i - 1), s.grid());
        }
        Path gif = dir.resolve("t.gif");
        exports.gif(frames, grids::get, new ExportService.GifOptions(200, 0, false, 1), gif);

        assertEquals(5, GifExport.countFrames(gif));
        assertEquals(0, GifExport.loopCount(gif));
        BufferedImage third = GifExport.readFrame(gif, 2);
        assertEquals(grids.get(frames.get(2)).width(), third.getWidth(), "full grids, not thumbnails");
        GridImage grid = grids.get(frames.get(2));
        int x = 58;
        int y = 10;   // inside the first row of tiles, not the padding
        assertEquals(grid.argb()[y * grid.width() + x] & 0xFF, third.getRGB(x, y) & 0xFF);
    }

    @Test
    void noSnapshotsNoGif() {
        assertThrows(java.io.IOException.class,
                () -> exports.gif(List.of(), f -> null, ExportService.GifOptions.defaults(), dir.resolve("x.gif")));
        assertTrue(Files.notExists(dir.resolve("x.gif")));
    }

    @Test
    void csvMatchesTheEnginesHeader() throws Exception {
        Path csv = dir.resolve("m.csv");
        exports.csv(List.of(new MetricRow(1, 1, 1, 2, 0.5, 0.5, 3)), csv);
        assertEquals(List.of(MetricRow.CSV_HEADER, "1,1,1.0,2.0,0.5,0.5,3.0"), Files.readAllLines(csv));
    }

    @Test
    void gridPngIsScaledUp() throws Exception {
        GridImage g = GridImage.of(Events.samples(64, 0f), 8);
        Path png = dir.resolve("g.png");
        exports.png(g, 2, png);
        assertEquals(g.width() * 2, javax.imageio.ImageIO.read(png.toFile()).getWidth());
    }

    @Test
    void badGifOptionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ExportService.GifOptions(0, 0, true, 1));
    }
}
