package org.ganlab.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngExportTest {

    @Test
    void grayGridRoundTripsExactly(@TempDir Path dir) throws IOException {
        BufferedImage grid = GifExportTest.grayFrame(11);
        Path png = dir.resolve("out/samples.png");

        PngExport.write(grid, png);
        BufferedImage read = ImageIO.read(png.toFile());

        assertEquals(BufferedImage.TYPE_BYTE_GRAY, read.getType());
        for (int y = 0; y < grid.getHeight(); y++) {
            for (int x = 0; x < grid.getWidth(); x++) {
                assertEquals(grid.getRaster().getSample(x, y, 0), read.getRaster().getSample(x, y, 0));
            }
        }
    }
}
