package org.ganlab.engine.model;

import java.util.List;
import java.util.SplittableRandom;

/** Builds a model by its CLI / config name, with weights drawn from the spec's seed. */
public final class ModelCatalog {

    /** Model names the engine knows, in the order the app lists them. */
    public static final List<String> NAMES = List.of("mlp", "dcgan", "cgan", "cdcgan", "acgan", "mlp2d", "dcgan32", "dcgan64");

    private ModelCatalog() {
    }

    public static GanModel build(ModelSpec spec) {
        GanModel model = switch (spec.name()) {
            case "mlp" -> MlpGan.build(spec);
            case "dcgan" -> DcGan.build(spec);
            case "cgan" -> ConditionalMlpGan.build(spec);
            case "cdcgan" -> ConditionalDcGan.build(spec);
            case "acgan" -> AcGan.build(spec);
            case "mlp2d" -> Mlp2d.build(spec);
            case "dcgan32" -> DcGan32.build(spec);
            case "dcgan64" -> DcGan64.build(spec);
            default -> throw new IllegalArgumentException(
                    "unknown model '" + spec.name() + "'; known models: " + String.join(", ", NAMES));
        };
        SplittableRandom rng = new SplittableRandom(spec.seed());
        model.generator().initialize(rng, spec.init());
        model.discriminator().initialize(rng, spec.init());
        return model;
    }
}
