package org.ganlab.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.ganlab.engine.export.PointPlot;
import org.ganlab.engine.run.TrainingRun;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ganlab generate} on a 2-D run: a scatter PNG where the points fall, a CSV of the points. */
class GeneratePointsTest {

    private static final int ORANGE = 0xFFAA3C;
    private static final int BACKGROUND = 0x181A1F;

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();
    private Path run;

    @BeforeEach
    void trainATinyTwoDimensionalRun() throws Exception {
        run = dir.resolve("ring");
        TrainingConfig toy = TrainingConfig.defaults().withDataset("ring8").withModel("mlp2d").withHiddenUnits(16)
                .withBatchSize(32).withIterations(30).withSnapshotEvery(100);
        CompletableFuture<TrainingEvent> end = new CompletableFuture<>();
        TrainingRun.start(toy, run, e -> {
            if (e.isTerminal()) {
                end.complete(e);
            }
        });
        assertInstanceOf(TrainingEvent.RunFinished.class, end.get(120, TimeUnit.SECONDS));
    }

    private int generate(String out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("generate", "--run", run.toString(), "--seed", "3",
                "--count", "200", "--out", dir.resolve(out).toString()));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void csvHoldsCountRowsOfTwoFiniteNumbersAndThePngPlotsThem() throws Exception {
        assertEquals(0, generate("pts.csv"), cli.err());
        assertEquals(0, generate("pts.png"), cli.err());

        List<String> lines = Files.readAllLines(dir.resolve("pts.csv"));
        assertEquals("x,y", lines.get(0));
        assertEquals(201, lines.size(), "a header and one row per point");
        BufferedImage png = ImageIO.read(dir.resolve("pts.png").toFile());
        int plotted = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] xy = line.split(",");
            assertEquals(2, xy.length, line);
            double x = Double.parseDouble(xy[0]);
            double y = Double.parseDouble(xy[1]);
            assertTrue(Double.isFinite(x) && Double.isFinite(y), line);
            if (Math.abs(x) < PointPlot.EXTENT && Math.abs(y) < PointPlot.EXTENT) {
                assertEquals(ORANGE, pixel(png, x, y), "a point drawn at " + line);
                plotted++;
            }
        }
        assertTrue(plotted > 100, "most points fall on the plot: " + plotted);
        assertEquals(BACKGROUND, png.getRGB(0, 0) & 0xFFFFFF, "no point in the corner, far from the ring");
    }

    @Test
    void anIdxFileOfPointsIsRefusedSayingWhatToUse() {
        assertEquals(2, generate("pts-idx3-ubyte.gz"));
        assertTrue(cli.err().contains("this run's generator makes 2-D points: use .png (a scatter plot) or .csv"), cli.err());
        assertTrue(Files.notExists(dir.resolve("pts-idx3-ubyte.gz")));
    }

    /** The colour PointPlot draws at (x, y), on its fixed axes. */
    private static int pixel(BufferedImage png, double x, double y) {
        int size = png.getWidth();
        int px = (int) Math.round((x + PointPlot.EXTENT) / (2 * PointPlot.EXTENT) * (size - 1));
        int py = (int) Math.round((PointPlot.EXTENT - y) / (2 * PointPlot.EXTENT) * (size - 1));
        return png.getRGB(px, py) & 0xFFFFFF;
    }
}
