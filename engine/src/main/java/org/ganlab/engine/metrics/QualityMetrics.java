package org.ganlab.engine.metrics;

import java.io.IOException;
import java.nio.file.Path;
import org.ganlab.engine.data.DatasetCatalog;
import org.ganlab.engine.data.ImageDataset;
import org.ganlab.engine.train.Noise;
import org.ganlab.engine.train.Samples;

/**
 * Scores generated images against a labelled data set: the Fréchet distance on the domain
 * classifier's features (like FID), class coverage and the classifier score; see
 * {@link QualityReport}. Build one per data set with {@link #forDataset} (which trains or loads the
 * classifier, about a minute the first time, and summarises the test split), then call
 * {@link #evaluate} as often as needed. Thread-safe.
 */
public final class QualityMetrics {

    /** Samples scored when the caller does not say: enough for a stable distance, quick to make. */
    public static final int DEFAULT_SAMPLES = 2000;
    /** Generators are asked for this many images at a time (the trainer's sample-grid size). */
    private static final int GENERATOR_CHUNK = 64;

    /** Anything that turns noise (and, for conditional models, labels) into images, e.g. {@code GanTrainer::generate}. */
    @FunctionalInterface
    public interface Generator {
        /** @param labels one class per example, or null for an unconditional generator */
        Samples generate(float[] latent, int[] labels, int count);
    }

    private final DomainClassifier classifier;
    private final FeatureStatistics reference;

    QualityMetrics(DomainClassifier classifier, ImageDataset test) {
        this.classifier = classifier;
        this.reference = FeatureStatistics.of(classifier.outputs(scaled(test), test.count()).features());
    }

    /**
     * Metrics against the test split of an IDX data set ({@code mnist}, {@code fashion-mnist},
     * {@code idx:DIR} with {@code t10k-*} files). The classifier comes from {@link ClassifierStore}.
     *
     * @throws IllegalArgumentException for image folders (no labels, so no classifier)
     */
    public static QualityMetrics forDataset(String dataset, Path assetsDir) throws IOException {
        ImageDataset test = DatasetCatalog.loadTest(dataset, assetsDir);
        ImageDataset train = DatasetCatalog.load(dataset, assetsDir);
        if (!train.isLabeled() || train.classCount() < 2) {
            throw new IllegalArgumentException("quality metrics need labelled data; " + dataset + " has no classes");
        }
        return new QualityMetrics(ClassifierStore.forDataset(dataset, train, test), test);
    }

    /**
     * Scores {@code count} images drawn from {@code generator} with noise from {@code seed}. A
     * conditional generator ({@code classes} > 0) is asked for every class equally often, example
     * i being of class i mod classes across the whole draw, so that coverage and FID judge the
     * classes alike.
     */
    public QualityReport evaluate(Generator generator, int latentSize, int classes, int count, long seed) {
        float[] all = null;
        int size = 0;
        for (int from = 0; from < count; from += GENERATOR_CHUNK) {
            int m = Math.min(GENERATOR_CHUNK, count - from);
            float[] z = Noise.gaussian(seed, -2 - from, m, latentSize);
            Samples s = generator.generate(z, balancedLabels(classes, from, m), m);
            if (all == null) {
                size = s.valuesPerImage();
                all = new float[count * size];
            }
            System.arraycopy(s.values(), 0, all, from * size, m * size);
        }
        return evaluate(all, count);
    }

    private static int[] balancedLabels(int classes, int from, int m) {
        if (classes <= 0) {
            return null;
        }
        int[] labels = new int[m];
        for (int i = 0; i < m; i++) {
            labels[i] = (from + i) % classes;
        }
        return labels;
    }

    /** Scores a batch of samples (values in [-1, 1], shaped like the data set's images). */
    public QualityReport evaluate(Samples samples) {
        requireShape(samples.channels(), samples.height(), samples.width());
        return evaluate(samples.values(), samples.count());
    }

    /** Scores a data set's images, e.g. an IDX file of samples, or real images as a reference. */
    public QualityReport evaluate(ImageDataset images) {
        requireShape(images.channels(), images.height(), images.width());
        return evaluate(scaled(images), images.count());
    }

    private QualityReport evaluate(float[] values, int count) {
        if (count < 2) {
            throw new IllegalArgumentException("need at least 2 samples to score, not " + count);
        }
        DomainClassifier.Outputs out = classifier.outputs(values, count);
        double fid = FrechetDistance.between(FeatureStatistics.of(out.features()), reference);
        ClassCoverage coverage = ClassCoverage.of(out.predictions(), classifier.classes());
        return new QualityReport(fid, coverage, ClassifierScore.of(out.probabilities()), count);
    }

    private void requireShape(int channels, int height, int width) {
        if (channels != classifier.channels() || height != classifier.side() || width != classifier.side()) {
            throw new IllegalArgumentException("samples of " + channels + "x" + height + "x" + width
                    + " do not match the data set's " + classifier.channels() + "x" + classifier.side() + "x"
                    + classifier.side() + " images");
        }
    }

    private static float[] scaled(ImageDataset data) {
        float[] all = new float[data.count() * data.pixelsPerImage()];
        for (int i = 0; i < data.count(); i++) {
            data.copyScaled(i, all, i * data.pixelsPerImage());
        }
        return all;
    }
}
