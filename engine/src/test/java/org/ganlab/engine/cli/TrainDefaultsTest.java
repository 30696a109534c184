package org.ganlab.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ganlab.engine.checkpoint.ConfigJson;
import org.ganlab.engine.train.TrainingConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ganlab train} fills what the user did not type from the model and the loss, and says so. */
class TrainDefaultsTest {

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    @Test
    void mlp2dTrainsWithTheLabsBatchAndLatentSizeAndSaysWhichOptionsItSet() throws Exception {
        Path out = dir.resolve("ring");
        int code = cli.run("train", "--model", "mlp2d", "--iterations", "20", "--hidden", "16", "--out", out.toString());

        assertEquals(0, code, cli.err());
        TrainingConfig saved = ConfigJson.read(out.resolve("config.json"));
        assertEquals("ring8", saved.dataset());
        assertEquals(256, saved.batchSize());
        assertEquals(4, saved.latentSize());
        assertEquals(16, saved.hiddenUnits(), "typed, so kept");
        assertEquals(20, saved.iterations(), "typed, so kept");
        assertTrue(cli.out().contains("The mlp2d model set --dataset ring8, --batch 256, --latent 4, --lr-g 0.001"),
                cli.out());
        assertFalse(cli.out().contains("--hidden 128"), cli.out());
    }

    @Test
    void wganOnTwoDimensionalDataTakesFiveCriticStepsFromTheLossAndTheClipFromTheModel() throws Exception {
        Path out = dir.resolve("wgan");
        int code = cli.run("train", "--model", "mlp2d", "--loss", "wgan", "--iterations", "6", "--hidden", "16",
                "--lr-g", "2e-4", "--out", out.toString());

        assertEquals(0, code, cli.err());
        TrainingConfig saved = ConfigJson.read(out.resolve("config.json"));
        assertEquals(5, saved.dStepsPerGStep());
        assertEquals(0.1, saved.weightClip());
        assertEquals(2e-4, saved.learningRateG(), "typed, so kept");
        assertEquals(1e-3, saved.learningRateD(), "the model's, over the loss's 5e-5");
        assertTrue(cli.out().contains("The wgan loss set --d-steps 5 (its defaults; type an option to choose your own)."),
                cli.out());
    }

    @Test
    void labelSmoothingIsRefusedWithEveryLossThatIgnoresItNamingTheOptionAndTheLoss() {
        for (String loss : new String[] {"wgan", "wgan-gp", "hinge"}) {
            Path out = dir.resolve(loss);
            cli.clear();
            int code = cli.run("train", "--model", "mlp2d", "--loss", loss, "--label-smoothing", "0.1",
                    "--iterations", "2", "--out", out.toString());

            assertEquals(2, code, loss);
            assertTrue(cli.err().contains("--label-smoothing has no effect with --loss " + loss), cli.err());
            assertFalse(Files.exists(out), "nothing written for " + loss);
        }
    }

    @Test
    void labelSmoothingStaysAvailableForTheLossesThatClassify() throws Exception {
        Path out = dir.resolve("lsgan");
        int code = cli.run("train", "--model", "mlp2d", "--loss", "lsgan", "--label-smoothing", "0.1",
                "--iterations", "2", "--hidden", "8", "--out", out.toString());

        assertEquals(0, code, cli.err());
        assertEquals(0.1, ConfigJson.read(out.resolve("config.json")).labelSmoothing());
    }
}
