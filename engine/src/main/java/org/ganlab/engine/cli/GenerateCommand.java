package org.ganlab.engine.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ganlab.engine.Backend;
import org.ganlab.engine.checkpoint.SavedGenerator;
import org.ganlab.engine.export.AtomicFiles;
import org.ganlab.engine.export.IdxExport;
import org.ganlab.engine.export.ImageGrid;
import org.ganlab.engine.export.PngExport;
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
 * a 2-D run's points as a PNG scatter plot or a CSV of x,y rows.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Draw samples from a saved run's generator: an IDX3 uint8 file (gzip when FILE ends in .gz), or a PNG grid when FILE ends in .png. "
                + "A 2-D run (mlp2d) draws points: a scatter plot (.png) or x,y rows (.csv).")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--run", required = true, paramLabel = "RUN_DIR", description = "A run folder with a checkpoint.")
    Path run;
    @Option(names = "--count", defaultValue = "64", description = "How many samples (default ${DEFAULT-VALUE}).")
    int count;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "samples-idx3-ubyte.gz, grid.png, or points.csv (2-D runs)")
    Path out;
    @Option(names = "--seed", defaultValue = "1", description = "Noise seed (default ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--label", paramLabel = "K", description = "For conditional models (cgan, cdcgan, acgan): draw class K only; default: the classes in turn.")
    Integer label;

    @Override
    public Integer call() throws Exception {
        if (count <= 0) {
            throw new IllegalArgumentException("--count must be > 0 (was " + count + ")");
        }
        Backend.initialize();
        SavedGenerator generator = SavedGenerator.load(run);
        int[] labels = null;
        if (label != null) {
            if (generator.classCount() == 0) {
                throw new IllegalArgumentException("--label needs a conditional model (cgan, cdcgan, acgan); this run's model is " + generator.config().model());
            }
            if (label < 0 || label >= generator.classCount()) {
                throw new IllegalArgumentException("--label must be in 0.." + (generator.classCount() - 1) + " (was " + label + ")");
            }
            labels = new int[count];
            java.util.Arrays.fill(labels, label);
        }
        Samples samples = generator.generate(Noise.gaussian(seed, count, generator.latentSize()), labels, count);
        String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean points = samples.height() == 1 && samples.width() == 2;
        if (name.endsWith(".png")) {
            PngExport.write(RunFolder.grid(samples), out);
        } else if (name.endsWith(".csv") || points) {
            writePoints(samples, points);
        } else {
            if (samples.channels() != 1) {
                throw new IllegalArgumentException("IDX holds grey images; this generator makes colour ones: use a .png");
            }
            IdxExport.writeImages(out, ImageGrid.toUint8(samples.values()), count, samples.height(), samples.width());
        }
        spec.commandLine().getOut().printf("wrote %d samples from %s (iteration %d) to %s%n",
                count, run, generator.iteration(), out);
        return 0;
    }

    /** A 2-D run's points as the CSV that {@code points:FILE} reads back; images have no such form. */
    private void writePoints(Samples samples, boolean points) throws java.io.IOException {
        if (!points) {
            throw new IllegalArgumentException("--out " + out + ": a .csv holds 2-D points, and this run's generator makes "
                    + samples.channels() + "x" + samples.height() + "x" + samples.width() + " images: use .png or an IDX file");
        }
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            throw new IllegalArgumentException("--out " + out + ": this run's generator makes 2-D points: use .png (a scatter plot) or .csv");
        }
        byte[] csv = ToyDistribution.toCsv(samples.values()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        AtomicFiles.write(out, o -> o.write(csv));
    }
}
