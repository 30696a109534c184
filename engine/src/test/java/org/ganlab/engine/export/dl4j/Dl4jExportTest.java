package org.ganlab.engine.export.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.ganlab.engine.Backend;
import org.ganlab.engine.data.DatasetCatalog;
import org.ganlab.engine.data.ImageDataset;
import org.ganlab.engine.model.GanModel;
import org.ganlab.engine.train.GanTrainer;
import org.ganlab.engine.train.Noise;
import org.ganlab.engine.toy.ToyDistribution;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Each model's generator, trained a few steps so BatchNorm's running statistics are far from
 * their initial 0 and 1, exported, restored by DL4J's own ModelSerializer: DL4J's inference
 * output equals our evaluation-mode output on the same input.
 */
class Dl4jExportTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Dl4jExportTest.class);
    private static final int SAMPLES = 6;
    private static final double TOLERANCE = 1e-5;

    private static ImageDataset mnist;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        Backend.initialize();
        mnist = DatasetCatalog.load("mnist", DatasetCatalog.defaultAssetsDir()).firstN(64);
    }

    @ParameterizedTest
    @CsvSource({"mlp, 28", "dcgan, 28", "cgan, 28", "cdcgan, 28", "acgan, 28", "mlp2d, 2", "dcgan32, 32", "dcgan64, 64"})
    void restoredNetworkDrawsWhatOurGeneratorDraws(String modelName, int size) throws Exception {
        TrainingConfig config = TrainingConfig.defaults().withModel(modelName).withBatchSize(8)
                .withLatentSize(size == 64 ? 16 : 100);
        TrainingData data = switch (size) {
            case 2 -> ToyDistribution.named("ring8");
            case 28 -> TrainingData.of(mnist);
            default -> TrainingData.of(randomImages(size));
        };
        GanTrainer trainer = new GanTrainer(size == 2 ? config.withDataset("ring8").withHiddenUnits(16) : config, data);
        for (int i = 0; i < 2; i++) {
            trainer.step();
        }
        GanModel model = trainer.model();
        Path zip = dir.resolve(modelName + ".zip");
        Dl4jExport.Summary summary = Dl4jExport.write(model, "a test", zip);

        MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(zip.toFile());
        float[] z = Noise.gaussian(11, SAMPLES, model.latentSize());
        int[] labels = {3, 0, 9, 1, 1, 7};
        float[] ours = trainer.generate(z, labels, SAMPLES).values();
        INDArray theirs = net.output(dl4jInput(z, labels, model));

        long[] expectedShape = new long[summary.outputShape().length + 1];
        expectedShape[0] = SAMPLES;
        System.arraycopy(summary.outputShape(), 0, expectedShape, 1, summary.outputShape().length);
        assertArrayEquals(expectedShape, theirs.shape());
        double diff = maxAbsDifference(ours, theirs.dup('c').data().asFloat());
        LOG.info("DL4J export {}: max |ours - dl4j| = {}, {} layers, {} parameters, zip {} bytes",
                modelName, diff, summary.layers(), summary.parameters(), summary.bytes());
        assertTrue(diff <= TOLERANCE, modelName + ": max abs difference " + diff);
        assertEquals(model.generator().paramCount() + stateCount(model), summary.parameters(),
                "DL4J counts BatchNorm's running statistics as parameters");
    }

    /** The README's lines, verbatim apart from the file name: a 28x28 image in [-1, 1], and sevens on request. */
    @Test
    void theReadmeSnippetsDrawWhatOurGeneratorDraws() throws Exception {
        GanTrainer trainer = new GanTrainer(TrainingConfig.defaults().withModel("cdcgan").withBatchSize(8), mnist);
        trainer.step();
        java.io.File file = dir.resolve("G.zip").toFile();
        Dl4jExport.write(trainer.model(), "a test", file.toPath());

        MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(file);
        INDArray labels = Nd4j.zeros(DataType.FLOAT, 16, 10);
        labels.getColumn(7).assign(Math.sqrt(100));
        INDArray input = Nd4j.hstack(Nd4j.randn(DataType.FLOAT, 16, 100), labels);
        INDArray images = net.output(input);
        INDArray first = images.get(NDArrayIndex.point(0)).reshape(28, 28);

        assertArrayEquals(new long[] {28, 28}, first.shape());
        assertTrue(first.maxNumber().doubleValue() <= 1 && first.minNumber().doubleValue() >= -1);
        float[] z = input.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 100)).dup('c').data().asFloat();
        int[] sevens = new int[16];
        java.util.Arrays.fill(sevens, 7);
        float[] ours = trainer.generate(z, sevens, 16).values();
        assertTrue(maxAbsDifference(ours, images.dup('c').data().asFloat()) <= TOLERANCE);
    }

    @Test
    void theZipSaysHowTheLabelGoesIn() throws Exception {
        GanTrainer trainer = new GanTrainer(TrainingConfig.defaults().withModel("cgan"), mnist);
        Path zip = dir.resolve("cgan.zip");
        Dl4jExport.write(trainer.model(), "run r", zip);
        String readme;
        try (var fs = java.nio.file.FileSystems.newFileSystem(zip)) {
            readme = Files.readString(fs.getPath(Dl4jExport.README_ENTRY));
        }
        assertTrue(readme.contains("Input:  [n, 110]"), readme);
        assertTrue(readme.contains("one-hot vector of 10 values scaled by sqrt(100) = 10.000000"), readme);
        assertTrue(readme.contains("From: run r"), readme);
    }

    /** The input the zip's README describes: noise, then for conditional models the one-hot label times sqrt(latent). */
    private static INDArray dl4jInput(float[] z, int[] labels, GanModel model) {
        int latent = model.latentSize();
        int width = model.generatorInputSize();
        float[] input = new float[SAMPLES * width];
        for (int i = 0; i < SAMPLES; i++) {
            System.arraycopy(z, i * latent, input, i * width, latent);
            if (width > latent) {
                input[i * width + latent + labels[i]] = (float) Math.sqrt(latent);
            }
        }
        return Nd4j.create(input, new long[] {SAMPLES, width}, 'c');
    }

    private static long stateCount(GanModel model) {
        return model.generator().layers().stream().mapToLong(l -> l.stateCount()).sum();
    }

    private static double maxAbsDifference(float[] a, float[] b) {
        assertEquals(a.length, b.length);
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    private static ImageDataset randomImages(int size) {
        int count = 32;
        byte[] pixels = new byte[count * 3 * size * size];
        new SplittableRandom(5).nextBytes(pixels);
        return new ImageDataset("noise" + size, count, 3, size, size, pixels, null, 0);
    }
}
