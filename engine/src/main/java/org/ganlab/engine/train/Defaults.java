package org.ganlab.engine.train;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings a run takes from its loss and its model for the fields the user has not set: the
 * one table the CLI ({@code ganlab train}) and the app's setup form both apply.
 *
 * <p>Precedence, highest first: <b>user</b> (an option typed, a field edited) &gt; <b>model</b>
 * (its entries for this loss, then its own) &gt; <b>loss</b> &gt; <b>global</b> (the CLI's option
 * defaults, {@link TrainingConfig#defaults()} in the app). The model wins over the loss because its
 * numbers were tuned on its own data: WGAN's paper values (RMSProp 5e-5, clip 0.01) were found on
 * DCGAN critics, while a 2-D critic that tight barely separates the ring's modes, so mlp2d keeps the
 * 2-D lab's lr 1e-3 and clips at 0.1 (engine {@code RingCoverageTest}).
 *
 * <ul>
 *   <li>wgan (Arjovsky et al. 2017): RMSProp (the loss chooses it) at 5e-5, 5 critic steps per G step, clip 0.01.</li>
 *   <li>wgan-gp (Gulrajani et al. 2017): Adam 1e-4, β (0, 0.9), 5 critic steps; λ = 10 is the loss's own.</li>
 *   <li>mlp2d: the 2-D lab's settings: ring8, batch 256, latent 4, 128 hidden units, Adam 1e-3 with
 *       β2 0.9, 3,000 iterations, a snapshot every 100.</li>
 *   <li>28×28 image models: mnist; dcgan32 and dcgan64 need an image folder and name none.</li>
 *   <li>The DCGAN models (dcgan, cdcgan, acgan, dcgan32, dcgan64): the DCGAN paper's init, N(0, 0.02),
 *       which beat PyTorch's default on MNIST (docs/BENCHMARKS.md, "Weight initialisation").</li>
 * </ul>
 * Keys are {@link TrainingConfig} field names (also the {@code config.json} keys).
 */
public final class Defaults {

    /** One default a config took: the field, its value, and what set it ("loss wgan", "model mlp2d"). */
    public record Applied(String field, Object value, String source) {
    }

    private static final Map<String, Map<String, Object>> LOSSES = Map.of(
            "wgan", table("learningRateG", 5e-5, "learningRateD", 5e-5, "dStepsPerGStep", 5, "weightClip", 0.01),
            "wgan-gp", table("learningRateG", 1e-4, "learningRateD", 1e-4, "beta1G", 0.0, "beta2G", 0.9,
                    "beta1D", 0.0, "beta2D", 0.9, "dStepsPerGStep", 5));

    private static final Map<String, Map<String, Object>> MODELS = Map.of(
            "mlp", table("dataset", "mnist"),
            "cgan", table("dataset", "mnist"),
            "dcgan", table("dataset", "mnist", "init", "dcgan"),
            "cdcgan", table("dataset", "mnist", "init", "dcgan"),
            "acgan", table("dataset", "mnist", "init", "dcgan"),
            "dcgan32", table("init", "dcgan"),
            "dcgan64", table("init", "dcgan"),
            "mlp2d", table("dataset", "ring8", "batchSize", 256, "latentSize", 4, "hiddenUnits", 128,
                    "learningRateG", 1e-3, "learningRateD", 1e-3, "beta2G", 0.9, "beta2D", 0.9,
                    "iterations", 3000, "snapshotEvery", 100));

    /** A model's entries for one loss, keyed "model/loss". */
    private static final Map<String, Map<String, Object>> MODEL_WITH_LOSS = Map.of(
            "mlp2d/wgan", table("weightClip", 0.1));

    private Defaults() {
    }

    /**
     * Every default {@code model} and {@code loss} give, by field, with the precedence above
     * (model over loss); fields neither names are absent.
     */
    public static Map<String, Applied> of(String model, String loss) {
        Map<String, Applied> result = new LinkedHashMap<>();
        put(result, LOSSES.get(loss), "loss " + loss);
        put(result, MODELS.get(model), "model " + model);
        put(result, MODEL_WITH_LOSS.get(model + "/" + loss), "model " + model);
        return result;
    }

    /**
     * {@code config} with its model's and loss's defaults in every field not in {@code userSet}, and
     * the defaults that changed a value (in the table's order).
     */
    public static Result apply(TrainingConfig config, Set<String> userSet) {
        TrainingConfig.Builder b = new TrainingConfig.Builder(config);
        List<Applied> changed = new ArrayList<>();
        for (Applied a : of(config.model(), config.loss()).values()) {
            if (!userSet.contains(a.field()) && !a.value().equals(get(b, a.field()))) {
                set(b, a.field(), a.value());
                changed.add(a);
            }
        }
        return new Result(b.build(), List.copyOf(changed));
    }

    /** What {@link #apply} returns: the config to train, and the defaults that made it. */
    public record Result(TrainingConfig config, List<Applied> applied) {

        /** The applied defaults that came from {@code source}, e.g. "loss wgan". */
        public List<Applied> from(String source) {
            return applied.stream().filter(a -> a.source().equals(source)).toList();
        }
    }

    private static void put(Map<String, Applied> result, Map<String, Object> table, String source) {
        if (table != null) {
            table.forEach((field, value) -> result.put(field, new Applied(field, value, source)));
        }
    }

    /** The value of a field by its name; an int field reads as an Integer, a double as a Double. */
    static Object get(TrainingConfig.Builder b, String field) {
        try {
            return field(field).get(b);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static void set(TrainingConfig.Builder b, String field, Object value) {
        try {
            field(field).set(b, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field field(String name) {
        try {
            return TrainingConfig.Builder.class.getField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("TrainingConfig has no field " + name, e);
        }
    }

    /** An ordered table from alternating keys and values. */
    private static Map<String, Object> table(Object... keysAndValues) {
        Map<String, Object> t = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            t.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return t;
    }
}
