package org.ganlab.engine.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ganlab.engine.Backend;
import org.ganlab.engine.checkpoint.SavedGenerator;
import org.ganlab.engine.export.AtomicFiles;
import org.ganlab.engine.export.IdxExport;
import org.ganlab.engine.export.ImageGrid;
import org.ganlab.engine.export.PngExport;
import org.ganlab.engine.model.ImageShape;
import org.ganlab.engine.run.RunFolder;
import org.ganlab.engine.toy.ToyDistribution;
import org.ganlab.engine.train.Noise;
import org.ganlab.engine.train.Samples;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ganlab generate}: samples from a saved run's generator, as IDX (like MNIST) or a PNG grid;
 * a 2-D run's points as a PNG scatter plot or a CSV of x,y rows. An IDX file is generated and
 * written {@value #CHUNK} samples at a time, so its size is bounded by the disk, not the memory;
 * a grid is one image, so its count is bounded.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Draw samples from a saved run's generator: an IDX3 uint8 file (gzip when FILE ends in .gz), or a PNG grid when FILE ends in .png. "
                + "A 2-D run (mlp2d) draws points: a scatter plot (.png) or x,y rows (.csv).")
final class GenerateCommand implements Callable<Integer> {

    /** A grid of 64 × 64 images is already larger than any screen. */
    static final int MAX_GRID_COUNT = 4_096;
    /** Ten MNIST training sets; at 64×64 colour that is 12 GB of IDX. */
    static final int MAX_IDX_COUNT = 600_000;
    static final int CHUNK = 500;

    @Spec
    CommandSpec spec;

    @Option(names = "--run", required = true, paramLabel = "RUN_DIR", description = "A run folder with a checkpoint.")
    Path run;
    @Option(names = "--count", defaultValue = "64", description = "How many samples (default ${DEFAULT-VALUE}; at most 4,096 in a PNG grid, 600,000 in an IDX file).")
    int count;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "samples-idx3-ubyte.gz, grid.png, or points.csv (2-D runs); an existing file is replaced only if it is of that kind.")
    Path out;
    @Option(names = "--seed", defaultValue = "1", description = "Noise seed (default ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--label", paramLabel = "K", description = "For conditional models (cgan, cdcgan, acgan): draw class K only; default: the classes in turn.")
    Integer label;

    @Override
    public Integer call() throws Exception {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean png = name.endsWith(".png");
        boolean csv = name.endsWith(".csv");
        OptionChecks.count("--count", count, png ? MAX_GRID_COUNT : MAX_IDX_COUNT,
                png ? "in a PNG grid; write an IDX file (.gz) for more" : csv ? "in a CSV of points" : "in an IDX file");
        OptionChecks.existingFolder("--run", run, "a run folder");
        if (csv) {
            OptionChecks.outputFile("--out", out, GenerateCommand::isPointsCsv, "a CSV of points", "points.csv");
        } else {
            OptionChecks.outputFile("--out", out, png ? GenerateCommand::isPng : GenerateCommand::isIdx,
                    png ? "a PNG image" : "an IDX file", png ? "samples.png" : "samples-idx3-ubyte.gz");
        }
        Backend.initialize();
        SavedGenerator generator = SavedGenerator.load(run);
        checkLabel(generator);
        boolean points = generator.imageShape().height() == 1 && generator.imageShape().width() == 2;
        if (points ? !png && !csv : csv) {
            throw new IllegalArgumentException(points
                    ? "--out " + out + ": this run's generator makes 2-D points: use .png (a scatter plot) or .csv"
                    : "--out " + out + ": a .csv holds 2-D points, and this run's generator makes images: use .png or an IDX file");
        }
        Noise.Draws noise = Noise.draws(seed, generator.latentSize());
        if (png) {
            PngExport.write(RunFolder.grid(drawAll(generator, noise)), out);
        } else if (csv) {
            byte[] text = ToyDistribution.toCsv(drawAll(generator, noise).values()).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(out, o -> o.write(text));
        } else {
            ImageShape shape = generator.imageShape();
            if (shape.channels() != 1) {
                throw new IllegalArgumentException("IDX holds grey images; this generator makes colour ones: use a .png");
            }
            IdxExport.writeImages(out, count, shape.height(), shape.width(), CHUNK,
                    (from, n) -> ImageGrid.toUint8(draw(generator, noise, from, n).values()));
        }
        spec.commandLine().getOut().printf("wrote %d samples from %s (iteration %d) to %s%n",
                count, run, generator.iteration(), out);
        return 0;
    }

    /** All samples of a grid, drawn {@value #CHUNK} at a time so the network's memory stays bounded. */
    private Samples drawAll(SavedGenerator generator, Noise.Draws noise) {
        ImageShape shape = generator.imageShape();
        int perImage = shape.size();
        float[] values = new float[Math.multiplyExact(count, perImage)];
        for (int from = 0; from < count; from += CHUNK) {
            int n = Math.min(CHUNK, count - from);
            System.arraycopy(draw(generator, noise, from, n).values(), 0, values, from * perImage, n * perImage);
        }
        return new Samples(count, shape.channels(), shape.height(), shape.width(), values);
    }

    /** Samples {@code from..from+n-1}, with the next {@code n} noise vectors. */
    private Samples draw(SavedGenerator generator, Noise.Draws noise, int from, int n) {
        return generator.generate(noise.next(n), labels(generator, from, n), n);
    }

    private void checkLabel(SavedGenerator generator) {
        if (label == null) {
            return;
        }
        if (generator.classCount() == 0) {
            throw new IllegalArgumentException("--label needs a conditional model (cgan, cdcgan, acgan); this run's model is " + generator.config().model());
        }
        if (label < 0 || label >= generator.classCount()) {
            throw new IllegalArgumentException("--label must be in 0.." + (generator.classCount() - 1) + " (was " + label + ")");
        }
    }

    /** Samples {@code from..from+n-1}'s classes: the chosen one, the classes in turn, or none. */
    private int[] labels(SavedGenerator generator, int from, int n) {
        if (label == null && generator.classCount() == 0) {
            return null;
        }
        int[] labels = new int[n];
        if (label != null) {
            Arrays.fill(labels, label);
        } else {
            Arrays.setAll(labels, i -> (from + i) % generator.classCount());
        }
        return labels;
    }

    private static boolean isPng(Path file) {
        return OptionChecks.startsWith(file, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    /** A raw IDX3 image file, or a gzip file (the IDX reader checks the rest when it is read). */
    private static boolean isIdx(Path file) {
        return OptionChecks.startsWith(file, new byte[] {0, 0, 8, 3}) || OptionChecks.startsWith(file, new byte[] {0x1f, (byte) 0x8b});
    }

    /** A CSV of points as this command or the 2-D lab writes them: first line x,y or a number pair. */
    private static boolean isPointsCsv(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.findFirst().map(l -> l.strip().matches("x,y|[-+0-9.eE]+,[-+0-9.eE]+")).orElse(true);
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }
}
