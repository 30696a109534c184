package org.ganlab.engine.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a labelled split from a folder laid out like the classic MNIST download:
 * {@code train-images-idx3-ubyte} + {@code train-labels-idx1-ubyte} and {@code t10k-...} for the
 * test split, each either raw or gzip-compressed ({@code .gz}). The dotted variant some mirrors use
 * ({@code train-images.idx3-ubyte}) is accepted too. When several candidates exist, the raw file
 * wins because it loads faster.
 *
 * <p>Images become a 1-channel {@link ImageDataset}; {@code classCount} is the largest label + 1.
 */
public final class IdxFolder {

    private static final Logger LOG = LoggerFactory.getLogger(IdxFolder.class);

    private IdxFolder() {
    }

    /** Loads the training split ({@code train-*}). */
    public static ImageDataset loadTrain(Path folder, String name) throws IOException {
        return loadSplit(folder, "train", name);
    }

    /** Loads the test split ({@code t10k-*}). */
    public static ImageDataset loadTest(Path folder, String name) throws IOException {
        return loadSplit(folder, "t10k", name);
    }

    /**
     * Loads one split given its file-name prefix ({@code "train"} or {@code "t10k"}).
     *
     * @throws NoSuchFileException if the folder or a file is missing; the message names the folder
     *                             and every file name that was tried
     * @throws IdxFormatException  if a file is invalid or the image and label counts differ
     */
    public static ImageDataset loadSplit(Path folder, String prefix, String name) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "data set folder not found");
        }
        Path images = find(folder, prefix, "images", "idx3");
        Path labels = find(folder, prefix, "labels", "idx1");
        return load(images, labels, name);
    }

    /**
     * Loads an image file and its label file.
     *
     * @throws IdxFormatException if either is invalid or their counts differ; the message names
     *                            both files and both counts
     */
    public static ImageDataset load(Path imagesFile, Path labelsFile, String name) throws IOException {
        long start = System.nanoTime();
        IdxImages images = IdxReader.readImages(imagesFile);
        byte[] labels = IdxReader.readLabels(labelsFile);
        if (labels.length != images.count()) {
            throw new IdxFormatException(imagesFile.getFileName() + " holds " + images.count()
                    + " images but " + labelsFile.getFileName() + " holds " + labels.length
                    + " labels; the two files must describe the same images");
        }
        ImageDataset data = ImageDataset.adopting(name, images.count(), 1, images.rows(),
                images.cols(), images.pixels(), labels, maxLabel(labels) + 1);
        LOG.info("Loaded {} from {} in {} ms", data, imagesFile.getParent(),
                (System.nanoTime() - start) / 1_000_000);
        return data;
    }

    /** Finds {@code <prefix>-<kind>-<format>-ubyte}, raw or gzip; a clear error if none exists. */
    static Path find(Path folder, String prefix, String kind, String format) throws NoSuchFileException {
        List<String> candidates = candidateNames(prefix, kind, format);
        for (String candidate : candidates) {
            Path file = folder.resolve(candidate);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new NoSuchFileException(folder.toString(), null,
                "no " + prefix + " " + kind + " file; looked for " + String.join(", ", candidates));
    }

    static List<String> candidateNames(String prefix, String kind, String format) {
        String dashed = prefix + "-" + kind + "-" + format + "-ubyte";
        String dotted = prefix + "-" + kind + "." + format + "-ubyte";
        return List.of(dashed, dashed + ".gz", dotted, dotted + ".gz");
    }

    private static int maxLabel(byte[] labels) {
        int max = 0;
        for (byte label : labels) {
            max = Math.max(max, label & 0xff);
        }
        return max;
    }
}
