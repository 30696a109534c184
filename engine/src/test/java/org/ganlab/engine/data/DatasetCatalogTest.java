package org.ganlab.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the assets folder; the real MNIST is covered by {@link MnistTest}. */
class DatasetCatalogTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(DatasetCatalog.ASSETS_PROPERTY);
    }

    @Test
    void findsTheProjectAssetsWalkingUpFromTheWorkingDirectory() throws IOException {
        Path assets = DatasetCatalog.defaultAssetsDir();

        assertEquals("assets", assets.getFileName().toString());
        assertTrue(Files.isDirectory(assets.resolve("datasets/mnist")));
    }

    @Test
    void systemPropertyWins(@TempDir Path dir) throws IOException {
        System.setProperty(DatasetCatalog.ASSETS_PROPERTY, dir.toString());

        assertEquals(dir.toAbsolutePath(), DatasetCatalog.defaultAssetsDir());
    }

    @Test
    void systemPropertyNamingNothingIsAnError(@TempDir Path dir) {
        System.setProperty(DatasetCatalog.ASSETS_PROPERTY, dir.resolve("absent").toString());

        NoSuchFileException e = assertThrows(NoSuchFileException.class, DatasetCatalog::defaultAssetsDir);

        assertTrue(e.getMessage().contains("ganlab.assets"), e.getMessage());
    }

    @Test
    void unknownNameListsTheKnownOnes(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatasetCatalog.load("cifar-10", dir));

        assertEquals("unknown data set 'cifar-10'; known: fashion-mnist, kmnist, mnist, or idx:DIR,"
                + " images:DIR (64x64), images32:DIR (32x32)", e.getMessage());
    }

    @Test
    void missingDataSetFolderIsNamed(@TempDir Path dir) {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> DatasetCatalog.load("mnist", dir));

        assertTrue(e.getMessage().contains(dir.resolve("datasets").resolve("mnist").toString()), e.getMessage());
    }
}
