package org.ganlab.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dataset} values beyond the shipped MNIST: downloaded sets and folders of IDX files. */
class DatasetSourcesTest {

    @RegisterExtension
    final TemporaryUserCache cacheSetting = new TemporaryUserCache();
    Path cache;

    @BeforeEach
    void cacheFolder() {
        cache = cacheSetting.root();
    }
    @TempDir
    Path dir;



    @Test
    void parsesEveryKindOfName() {
        assertEquals(DatasetSpec.Kind.BUNDLED, DatasetSpec.parse("MNIST").kind());
        assertEquals(cache.resolve("datasets/fashion-mnist"), DatasetSpec.parse("fashion-mnist").folder());
        assertEquals(DatasetSpec.Kind.IDX_FOLDER, DatasetSpec.parse("idx:" + dir).kind());
        assertEquals(64, DatasetSpec.parse("images:" + dir).imageSize());
        assertEquals(32, DatasetSpec.parse("images32:" + dir).imageSize());
        assertEquals(dir.getFileName().toString(), DatasetSpec.parse("idx:" + dir).name());
        assertEquals("data set 'idx:' names no folder after 'idx:'",
                assertThrows(IllegalArgumentException.class, () -> DatasetSpec.parse("idx:")).getMessage());
        String unknown = assertThrows(IllegalArgumentException.class, () -> DatasetSpec.parse("png:" + dir)).getMessage();
        assertTrue(unknown.startsWith("unknown data set 'png:" + dir + "'; known: ") && unknown.contains("images:DIR"), unknown);
    }

    @Test
    void fashionMnistLoadsFromTheUserCache() throws IOException {
        Path shared = SharedDatasets.require("fashion-mnist");
        Path target = cache.resolve("datasets/fashion-mnist");
        Files.createDirectories(target);
        // The test split serves as both splits: shared/'s train-images file holds 59,999 images
        // under a header that promises 60,000, which the loader rightly refuses (next test).
        for (String kind : new String[] {"images-idx3", "labels-idx1"}) {
            Files.copy(shared.resolve("t10k-" + kind + "-ubyte.gz"), target.resolve("t10k-" + kind + "-ubyte.gz"));
            Files.copy(shared.resolve("t10k-" + kind + "-ubyte.gz"), target.resolve("train-" + kind + "-ubyte.gz"));
        }

        ImageDataset train = DatasetCatalog.load("fashion-mnist", dir);
        ImageDataset test = DatasetCatalog.loadTest("fashion-mnist", dir);

        assertEquals("fashion-mnist", train.name());
        assertEquals(10000, train.count());
        assertEquals(10000, test.count());
        assertEquals(10, test.classCount());
        assertEquals(28, test.width());
    }

    @Test
    void anIdxFolderWithATruncatedFileIsRefusedNamingIt() throws IOException {
        Path shared = SharedDatasets.require("fashion-mnist");
        byte[] whole = IdxReader.readImages(shared.resolve("t10k-images-idx3-ubyte.gz")).pixels();
        byte[] header = IdxBytes.idx(IdxReader.IMAGES_MAGIC, new int[] {10000, 28, 28}, new byte[0]);
        byte[] cut = java.util.Arrays.copyOf(header, header.length + whole.length - 784);
        System.arraycopy(whole, 0, cut, header.length, whole.length - 784);
        IdxBytes.write(dir, "train-images-idx3-ubyte", cut);
        Files.copy(shared.resolve("t10k-labels-idx1-ubyte.gz"), dir.resolve("train-labels-idx1-ubyte.gz"));

        IdxFormatException e = assertThrows(IdxFormatException.class, () -> DatasetCatalog.load("idx:" + dir, cache));

        assertTrue(e.getMessage().startsWith("train-images-idx3-ubyte: truncated"), e.getMessage());
    }

    @Test
    void missingFashionMnistSaysHowToGetIt() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> DatasetCatalog.load("fashion-mnist", dir));

        assertTrue(e.getMessage().contains("ganlab download fashion-mnist"), e.getMessage());
        assertTrue(e.getMessage().contains("idx:DIR"), e.getMessage());
    }

    @Test
    void anIdxFolderLoadsBothSplits() throws IOException {
        IdxBytes.write(dir, "train-images-idx3-ubyte", IdxBytes.images(4, 28, 28));
        IdxBytes.write(dir, "train-labels-idx1-ubyte.gz", IdxBytes.gzip(IdxBytes.labels((byte) 0, (byte) 1, (byte) 2, (byte) 1)));
        IdxBytes.write(dir, "t10k-images-idx3-ubyte", IdxBytes.images(2, 28, 28));
        IdxBytes.write(dir, "t10k-labels-idx1-ubyte", IdxBytes.labels((byte) 2, (byte) 0));

        ImageDataset train = DatasetCatalog.load("idx:" + dir, cache);
        ImageDataset test = DatasetCatalog.loadTest("idx:" + dir, cache);

        assertEquals(4, train.count());
        assertEquals(3, train.classCount());
        assertEquals(2, test.count());
    }

    @Test
    void anInvalidIdxFolderIsRefusedNamingTheFileAndProblem() throws IOException {
        IdxBytes.write(dir, "train-images-idx3-ubyte", IdxBytes.images(4, 28, 28));
        IdxBytes.write(dir, "train-labels-idx1-ubyte", IdxBytes.labels((byte) 0, (byte) 1));

        IdxFormatException e = assertThrows(IdxFormatException.class, () -> DatasetCatalog.load("idx:" + dir, cache));

        assertTrue(e.getMessage().startsWith("train-images-idx3-ubyte holds 4 images but"), e.getMessage());
    }

    @Test
    void anImageFolderHasNoTestSplitForTheMetrics() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatasetCatalog.loadTest("images:" + dir, cache));

        assertTrue(e.getMessage().contains("without labels"), e.getMessage());
    }
}
