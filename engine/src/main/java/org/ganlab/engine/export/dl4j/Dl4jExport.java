package org.ganlab.engine.export.dl4j;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.ganlab.engine.export.AtomicFiles;
import org.ganlab.engine.model.GanModel;

/**
 * Writes a model's generator as a DL4J {@link MultiLayerNetwork} zip that
 * {@code ModelSerializer.restoreMultiLayerNetwork} loads, for students who work in DL4J itself.
 * The zip also holds {@value #README_ENTRY}, which says what the input and output are
 * ({@link Dl4jReadme}); DL4J ignores entries it does not know.
 *
 * <p>Nothing outside this package touches DL4J, so training never loads its classes.
 */
public final class Dl4jExport {

    /** The description inside the zip. */
    public static final String README_ENTRY = "README.txt";

    private Dl4jExport() {
    }

    /**
     * What was written.
     *
     * @param parameters DL4J's count, which includes BatchNorm's running mean and variance
     * @param readme     the text of {@value #README_ENTRY}
     */
    public record Summary(Path file, int layers, long parameters, int inputSize, long[] outputShape, long bytes,
                          String readme) {
    }

    /**
     * @param source one line on where the generator comes from (the run folder, its iteration)
     * @throws IllegalArgumentException when {@code target} is a directory or the generator holds a
     *                                  layer that has no DL4J counterpart here; nothing is written
     * @throws IOException              naming the file when it cannot be written; an existing file
     *                                  is left as it was
     */
    public static Summary write(GanModel model, String source, Path target) throws IOException {
        if (Files.isDirectory(target)) {
            throw new IllegalArgumentException(target + " is a folder; give the zip file to write, e.g. "
                    + target.resolve("G.zip"));
        }
        MultiLayerNetwork net = Dl4jNetworks.of(model.generator());
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        ModelSerializer.writeModel(net, serialized, false);
        String readme = Dl4jReadme.text(model, source);
        AtomicFiles.write(target, out -> copyWithReadme(serialized.toByteArray(),
                readme.getBytes(StandardCharsets.UTF_8), out));
        long[] outputShape = Arrays.stream(model.generator().outputShape()).asLongStream().toArray();
        return new Summary(target, net.getnLayers(), net.numParams(), model.generatorInputSize(), outputShape,
                Files.size(target), readme);
    }

    private static void copyWithReadme(byte[] dl4jZip, byte[] readme, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(dl4jZip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        zip.putNextEntry(new ZipEntry(README_ENTRY));
        zip.write(readme);
        zip.closeEntry();
        zip.finish();
    }
}
