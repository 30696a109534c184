package org.ganlab.engine.export.dl4j;

import java.util.Arrays;
import org.ganlab.engine.model.Conditioning;
import org.ganlab.engine.model.GanModel;

/**
 * The README inside an exported zip: what goes into the network and what comes out. The label
 * input of the conditional models is the part one cannot guess from the network alone.
 */
final class Dl4jReadme {

    private Dl4jReadme() {
    }

    static String text(GanModel model, String source) {
        int z = model.latentSize();
        int width = model.generatorInputSize();
        StringBuilder s = new StringBuilder();
        s.append("GAN Lab generator '").append(model.name()).append("' as a DL4J MultiLayerNetwork\n");
        s.append("From: ").append(source).append("\n\n");
        s.append("Load:   MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(new File(\"G.zip\"));\n");
        s.append("Input:  [n, ").append(width).append("] float32");
        if (model.conditioning() == Conditioning.NONE) {
            s.append(", standard Gaussian noise: Nd4j.randn(DataType.FLOAT, n, ").append(z).append(")\n");
        } else {
            s.append(": columns 0..").append(z - 1).append(" standard Gaussian noise, then columns ")
                    .append(z).append("..").append(width - 1).append(" the class as a one-hot vector of ")
                    .append(model.classCount()).append(" values scaled by sqrt(").append(z).append(") = ")
                    .append(String.format(java.util.Locale.ROOT, "%.6f", Math.sqrt(z)))
                    .append(" (the wanted class's column holds that value, the others 0)\n");
        }
        s.append("Output: [n, ").append(joined(model.generator().outputShape())).append("] = ")
                .append(model.imageShape()).append(" (channels x height x width, NCHW) per example, ")
                .append(model.imageShape().size() == 2 ? "2-D points (x, y), not bounded"
                        : "pixel values in [-1, 1] (tanh): pixel = (v + 1) / 2 * 255")
                .append("\n");
        s.append("Mode:   net.output(input) runs in inference mode; BatchNormalization uses the running mean\n"
                + "        and variance saved from training (eps 1e-5), as GAN Lab draws its sample grids.\n");
        return s.toString();
    }

    private static String joined(int[] shape) {
        return String.join(", ", Arrays.stream(shape).mapToObj(Integer::toString).toList());
    }
}
