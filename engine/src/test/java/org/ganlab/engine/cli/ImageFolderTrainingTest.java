package org.ganlab.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.ganlab.engine.checkpoint.CheckpointFile;
import org.ganlab.engine.data.TemporaryUserCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Training on a folder of images: the path dcgan64 takes on CelebA, batches read from the mapped cache. */
class ImageFolderTrainingTest {

    @RegisterExtension
    final TemporaryUserCache cache = new TemporaryUserCache();
    @TempDir
    Path dir;

    @Test
    void aDcgan32TrainsOnAnImageFolderAndSavesItsRun() throws Exception {
        Path photos = Files.createDirectories(dir.resolve("photos"));
        for (int i = 0; i < 10; i++) {
            BufferedImage image = new BufferedImage(48, 40, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(25 * i, 255 - 25 * i, 128));
            g.fillRect(0, 0, 48, 40);
            g.dispose();
            ImageIO.write(image, "png", photos.resolve("p" + i + ".png").toFile());
        }
        Files.write(photos.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Path runDir = dir.resolve("run");
        CliRunner cli = new CliRunner();

        int code = cli.run("train", "--dataset", "images32:" + photos, "--model", "dcgan32",
                "--subset", "8", "--batch", "4", "--epochs", "1", "--out", runDir.toString());

        assertEquals(0, code, cli.err());
        assertTrue(Files.exists(runDir.resolve(CheckpointFile.FILE_NAME)));
        try (var files = Files.list(cache.root().resolve("images"))) {
            var names = files.map(f -> f.getFileName().toString()).toList();
            assertTrue(names.size() == 1 && names.get(0).endsWith(".bin"), "one cache file, no temporary left: " + names);
        }
    }
}
