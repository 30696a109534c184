package org.ganlab.engine.toy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ganlab.engine.model.ImageShape;
import org.ganlab.engine.train.Noise;
import org.ganlab.engine.train.TrainingData;

/**
 * The 2-D toy distributions of the GAN literature, where mode collapse can be seen: points are
 * drawn afresh from a seeded RNG for every batch, so the data is endless; an "epoch" is
 * {@value #BATCHES_PER_EPOCH} batches, which sets how often the loop snapshots and checkpoints.
 * Each distribution knows its modes, which {@link ModeCoverage} counts: a Gaussian mode holds the
 * points within 5σ of its centre (a sixth of the gap between neighbouring modes of the ring).
 */
public final class ToyDistribution implements TrainingData {

    /** Names as configs and the CLI spell them; {@code points:FILE} reads a CSV of x,y points. */
    public static final List<String> NAMES = List.of("ring8", "grid25", "moons", "spiral");
    public static final String POINTS_PREFIX = "points:";
    public static final int BATCHES_PER_EPOCH = 1000;
    /** Mixed into the seed so the real points have a random stream apart from G's noise. */
    private static final long DATA_STREAM = 0x544F594441L;
    /** Spread of each Gaussian mode, as in the unrolled-GAN and VEEGAN experiments (scaled to our axes). */
    static final double SIGMA = 0.05;

    private final String name;
    private final Sampler sampler;
    private final List<double[]> modes;
    private final double modeRadius;

    /** Draws one point into {@code out[offset]}, {@code out[offset + 1]}. */
    @FunctionalInterface
    interface Sampler {
        void sample(SplittableRandom rng, float[] out, int offset);
    }

    ToyDistribution(String name, Sampler sampler, List<double[]> modes, double modeRadius) {
        this.name = name;
        this.sampler = sampler;
        this.modes = List.copyOf(modes);
        this.modeRadius = modeRadius;
    }

    public static boolean isToy(String name) {
        return NAMES.contains(name) || name.startsWith(POINTS_PREFIX);
    }

    /** @throws IllegalArgumentException for an unknown name (listing the known ones) */
    public static ToyDistribution named(String name) throws IOException {
        if (name.startsWith(POINTS_PREFIX)) {
            return drawn(name, readPoints(Path.of(name.substring(POINTS_PREFIX.length()))));
        }
        return switch (name) {
            case "ring8" -> ToyShapes.ring(8, 2.0);
            case "grid25" -> ToyShapes.grid(5, 2.0);
            case "moons" -> ToyShapes.moons();
            case "spiral" -> ToyShapes.spiral();
            default -> throw new IllegalArgumentException("unknown 2-D data set '" + name + "'; known: "
                    + String.join(", ", NAMES) + ", points:FILE");
        };
    }

    /**
     * Points a student drew: each sample is one of them plus Gaussian noise; the modes are the
     * drawn points merged where they lie within 0.5 of each other.
     */
    public static ToyDistribution drawn(String name, float[] xy) {
        if (xy.length < 2 || xy.length % 2 != 0) {
            throw new IllegalArgumentException("draw at least one point (got " + xy.length / 2 + ")");
        }
        int count = xy.length / 2;
        Sampler sampler = (rng, out, offset) -> {
            int i = rng.nextInt(count);
            out[offset] = (float) (xy[2 * i] + SIGMA * rng.nextGaussian());
            out[offset + 1] = (float) (xy[2 * i + 1] + SIGMA * rng.nextGaussian());
        };
        return new ToyDistribution(name, sampler, ToyShapes.mergedModes(xy, 0.5), 0.25);
    }

    private static float[] readPoints(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Float> values = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("x")) {
                continue;
            }
            String[] parts = line.split("[,;\\s]+");
            try {
                values.add(Float.parseFloat(parts[0]));
                values.add(Float.parseFloat(parts[1]));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IOException(file.getFileName() + ": line " + (i + 1) + " is not an x,y point: '" + line + "'");
            }
        }
        float[] xy = new float[values.size()];
        for (int i = 0; i < xy.length; i++) {
            xy[i] = values.get(i);
        }
        return xy;
    }

    /** Writes points as the CSV that {@code points:FILE} reads. */
    public static String toCsv(float[] xy) {
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int i = 0; i + 1 < xy.length; i += 2) {
            csv.append(String.format(Locale.ROOT, "%.5f,%.5f%n", xy[i], xy[i + 1]));
        }
        return csv.toString();
    }

    /** {@code n} points from {@code rng}, as x0, y0, x1, y1, ... */
    public float[] sample(SplittableRandom rng, int n) {
        float[] out = new float[2 * n];
        for (int i = 0; i < n; i++) {
            sampler.sample(rng, out, 2 * i);
        }
        return out;
    }

    /** The centres of the distribution's modes. */
    public List<double[]> modes() {
        return modes;
    }

    /** How near a generated point must be to a mode's centre to count for it. */
    public double modeRadius() {
        return modeRadius;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ImageShape shape() {
        return new ImageShape(1, 1, 2);
    }

    @Override
    public int classCount() {
        return 0;
    }

    @Override
    public Batches batches(int batchSize, long seed) {
        return new Batches() {
            @Override
            public int batchesPerEpoch() {
                return BATCHES_PER_EPOCH;
            }

            @Override
            public int sizeOf(int batchIndex) {
                return batchSize;
            }

            @Override
            public int fill(int epoch, int batchIndex, float[] valuesOut, int[] labelsOut) {
                // Its own stream: G's noise is drawn from mix(seed, iteration), and the real
                // points must not be a function of the same random numbers.
                long iteration = (long) epoch * BATCHES_PER_EPOCH + batchIndex;
                SplittableRandom rng = new SplittableRandom(Noise.mix(seed ^ DATA_STREAM, iteration));
                for (int i = 0; i < batchSize; i++) {
                    sampler.sample(rng, valuesOut, 2 * i);
                }
                return batchSize;
            }
        };
    }
}
