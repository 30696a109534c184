package org.ganlab.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ganlab.engine.data.ImageDataset;
import org.ganlab.engine.train.GanTrainer;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The 64×64 and 32×32 DCGANs: shapes from the data, the classic widths, and that they train. */
class DcGan64Test {

    private static ModelSpec spec(String name, int channels, int size) {
        return new ModelSpec(name, 100, new ImageShape(channels, size, size), 0, 0, false, 1L);
    }

    @ParameterizedTest
    @CsvSource({"dcgan64, 3, 64", "dcgan64, 1, 64", "dcgan32, 3, 32", "dcgan32, 1, 32"})
    void generatorAndDiscriminatorShapesFollowTheData(String name, int channels, int size) {
        GanModel model = ModelCatalog.build(spec(name, channels, size));

        INDArray images = model.generator().forward(Nd4j.randn(2, 100).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT), false);
        INDArray logits = model.discriminator().forward(images, false);

        assertArrayEquals(new long[] {2, channels, size, size}, images.shape());
        assertArrayEquals(new long[] {2, 1}, logits.shape());
        // the images depend on z and vary within each image (a constant or z-blind generator fails)
        INDArray first = images.get(org.nd4j.linalg.indexing.NDArrayIndex.point(0));
        INDArray second = images.get(org.nd4j.linalg.indexing.NDArrayIndex.point(1));
        assertTrue(first.sub(second).amaxNumber().doubleValue() > 1e-4, "two noise vectors, two images");
        assertTrue(first.stdNumber().doubleValue() > 1e-4, "an image is not one flat value");
    }

    @Test
    void theClassic64ModelHasTheCelebADcganWidths() {
        GanModel model = ModelCatalog.build(spec("dcgan64", 3, 64));

        // G: dense 100→8192 (+BN), deconvs 512→256→128→64→3 (+BN on the first three)
        long g = (100 * 8192 + 8192) + 2 * 8192
                + (16L * 512 * 256 + 256) + 2 * 256 + (16L * 256 * 128 + 128) + 2 * 128
                + (16L * 128 * 64 + 64) + 2 * 64 + (16L * 64 * 3 + 3);
        // D: convs 3→64→128→256→512 (+BN on the last three), dense 8192→1
        long d = (16L * 3 * 64 + 64) + (16L * 64 * 128 + 128) + 2 * 128 + (16L * 128 * 256 + 256) + 2 * 256
                + (16L * 256 * 512 + 512) + 2 * 512 + (8192 + 1);
        assertEquals(g, model.generator().paramCount());
        assertEquals(d, model.discriminator().paramCount());
    }

    @Test
    void aWrongImageSizeSaysWhichFolderSyntaxFits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelCatalog.build(spec("dcgan32", 3, 64)));

        assertTrue(e.getMessage().contains("32x32") && e.getMessage().contains("images32:DIR"), e.getMessage());
    }

    @Test
    void dcgan32TrainsOnColourImagesWithFiniteLosses() throws Exception {
        ImageDataset colour = randomColourImages(8, 32);
        TrainingConfig config = TrainingConfig.defaults().withModel("dcgan32").withBatchSize(4).withEpochs(1);
        GanTrainer trainer = new GanTrainer(config, colour);

        TrainingEvent.StepCompleted first = trainer.step();
        TrainingEvent.StepCompleted second = trainer.step();

        assertTrue(Double.isFinite(first.dLoss()) && Double.isFinite(second.gLoss()), second.toString());
        assertEquals(3, trainer.sampleGrid().channels());
    }

    private static ImageDataset randomColourImages(int count, int size) {
        byte[] pixels = new byte[count * 3 * size * size];
        new SplittableRandom(3).nextBytes(pixels);
        return new ImageDataset("noise", count, 3, size, size, pixels, null, 0);
    }
}
