package org.ganlab.engine.data;

import static org.ganlab.engine.data.IdxBytes.gzip;
import static org.ganlab.engine.data.IdxBytes.images;
import static org.ganlab.engine.data.IdxBytes.labels;
import static org.ganlab.engine.data.IdxBytes.write;
import static org.ganlab.engine.data.IdxReaderTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxFolderTest {

    @TempDir
    Path dir;

    @Test
    void loadsGzippedTrainSplit() throws IOException {
        write(dir, "train-images-idx3-ubyte.gz", gzip(images(3, 2, 2)));
        write(dir, "train-labels-idx1-ubyte.gz", gzip(labels((byte) 4, (byte) 0, (byte) 2)));

        ImageDataset data = IdxFolder.loadTrain(dir, "toy");

        assertEquals("toy", data.name());
        assertEquals(3, data.count());
        assertEquals(1, data.channels());
        assertEquals(2, data.height());
        assertEquals(2, data.width());
        assertEquals(5, data.classCount());
        assertEquals(4, data.label(0));
        assertEquals(7, data.pixel(1, 3));
    }

    @Test
    void loadsRawTestSplit() throws IOException {
        write(dir, "t10k-images-idx3-ubyte", images(2, 1, 1));
        write(dir, "t10k-labels-idx1-ubyte", labels((byte) 1, (byte) 1));

        ImageDataset data = IdxFolder.loadTest(dir, "toy-test");

        assertEquals(2, data.count());
        assertEquals(2, data.classCount());
    }

    @Test
    void countMismatchNamesBothFilesAndCounts() throws IOException {
        write(dir, "train-images-idx3-ubyte.gz", gzip(images(3, 2, 2)));
        write(dir, "train-labels-idx1-ubyte", labels((byte) 1, (byte) 2));

        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxFolder.loadTrain(dir, "x"));

        assertEquals("train-images-idx3-ubyte.gz holds 3 images but train-labels-idx1-ubyte holds"
                + " 2 labels; the two files must describe the same images", e.getMessage());
    }

    @Test
    void missingLabelFileNamesFolderAndCandidates() throws IOException {
        write(dir, "train-images-idx3-ubyte.gz", gzip(images(3, 2, 2)));

        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> IdxFolder.loadTrain(dir, "x"));

        assertMessage(e, dir.toString(), "no train labels file",
                "train-labels-idx1-ubyte", "train-labels-idx1-ubyte.gz");
    }

    @Test
    void missingFolder() {
        Path absent = dir.resolve("nowhere");

        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> IdxFolder.loadTest(absent, "x"));

        assertMessage(e, absent.toString(), "folder not found");
    }

    @Test
    void badFileInFolderIsReportedByName() throws IOException {
        write(dir, "train-images-idx3-ubyte", labels((byte) 1));
        write(dir, "train-labels-idx1-ubyte", labels((byte) 1));

        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxFolder.loadTrain(dir, "x"));

        assertMessage(e, "train-images-idx3-ubyte: ", "wrong magic number");
    }
}
