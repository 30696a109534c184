package org.ganlab.app.model;

import java.util.Locale;
import java.util.Set;
import org.ganlab.engine.data.DatasetCatalog;
import org.ganlab.engine.data.DatasetSpec;
import org.ganlab.engine.toy.ToyDistribution;

/**
 * Which model trains on which data set, checked in the setup form before anything reaches the
 * engine, with the reason in one line. The engine refuses the same combinations when a run
 * starts (the model classes' own checks); this repeats them so the form can say why at once.
 */
public final class ModelRules {

    /** What kind of examples a data set holds. */
    public enum DataKind {
        /** 2-D points (ring8, grid25, moons, spiral, points:FILE). */
        POINTS,
        /** 28×28 grey images with class labels (mnist, fashion-mnist, kmnist, idx:DIR). */
        LABELLED_28,
        /** An image folder resized to 64×64, unlabelled. */
        IMAGES_64,
        /** An image folder resized to 32×32, unlabelled. */
        IMAGES_32
    }

    /** Models that take a class label: they need labelled data. */
    public static final Set<String> CONDITIONAL = Set.of("cgan", "cdcgan", "acgan");

    private ModelRules() {
    }

    /** @throws IllegalArgumentException for a name the engine does not know (its message lists the known ones) */
    public static DataKind kind(String dataset) {
        if (ToyDistribution.isToy(dataset)) {
            return DataKind.POINTS;
        }
        DatasetSpec spec = DatasetCatalog.checkName(dataset);
        if (spec.kind() == DatasetSpec.Kind.IMAGE_FOLDER) {
            return spec.imageSize() == 32 ? DataKind.IMAGES_32 : DataKind.IMAGES_64;
        }
        return DataKind.LABELLED_28;
    }

    public static boolean isConditional(String model) {
        return CONDITIONAL.contains(model);
    }

    public static boolean isPoints(String dataset) {
        return ToyDistribution.isToy(dataset);
    }

    /** Why {@code model} cannot train on {@code dataset}, or "" when it can. */
    public static String problem(String model, String dataset) {
        DataKind kind;
        try {
            kind = kind(dataset);
        } catch (IllegalArgumentException e) {
            return "";
        }
        String m = model.toLowerCase(Locale.ROOT);
        if (kind == DataKind.POINTS) {
            return m.equals("mlp2d") ? ""
                    : "2-D point data trains only the mlp2d model (the others draw images)";
        }
        return switch (m) {
            case "mlp2d" -> "mlp2d draws 2-D points: pick ring8, grid25, moons or spiral (or the 2-D lab)";
            case "cgan", "cdcgan", "acgan" -> kind == DataKind.LABELLED_28 ? ""
                    : m + " is conditional: it needs labelled data (mnist, fashion-mnist, kmnist or an IDX folder), and an image folder has no labels";
            case "dcgan" -> kind == DataKind.LABELLED_28 ? ""
                    : "dcgan is built for 28×28 images: for this folder choose " + sizedDcgan(kind);
            case "dcgan32" -> kind == DataKind.IMAGES_32 ? ""
                    : "dcgan32 is built for 32×32 images: choose an image folder at 32×32";
            case "dcgan64" -> kind == DataKind.IMAGES_64 ? ""
                    : "dcgan64 is built for 64×64 images: choose an image folder at 64×64";
            default -> "";
        };
    }

    private static String sizedDcgan(DataKind kind) {
        return kind == DataKind.IMAGES_32 ? "dcgan32" : "dcgan64";
    }

    /** A model that trains on {@code dataset}, keeping {@code current} when it can. */
    public static String modelFor(String dataset, String current) {
        if (problem(current, dataset).isEmpty()) {
            return current;
        }
        return switch (kind(dataset)) {
            case POINTS -> "mlp2d";
            case LABELLED_28 -> "mlp";
            case IMAGES_64 -> "dcgan64";
            case IMAGES_32 -> "dcgan32";
        };
    }
}
