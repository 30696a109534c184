package org.ganlab.engine.model;

import java.util.List;
import java.util.SplittableRandom;

/** Builds a model by its CLI / config name, with weights drawn from the run's seed. */
public final class ModelCatalog {

    /** Model names the engine knows, in the order the app lists them. */
    public static final List<String> NAMES = List.of("mlp", "dcgan");

    private ModelCatalog() {
    }

    public static GanModel build(String name, int latentSize, ImageShape image, long seed) {
        GanModel model = switch (name) {
            case "mlp" -> MlpGan.build(latentSize, image);
            case "dcgan" -> DcGan.build(latentSize, image);
            default -> throw new IllegalArgumentException(
                    "unknown model '" + name + "'; known models: " + String.join(", ", NAMES));
        };
        SplittableRandom rng = new SplittableRandom(seed);
        model.generator().initialize(rng);
        model.discriminator().initialize(rng);
        return model;
    }
}
