package org.ganlab.engine.data;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The per-user folder where GAN Lab keeps what it downloads, imports or derives: downloaded data
 * sets ({@code datasets/<name>/}), decoded image folders ({@code images/}) and the metrics
 * classifiers ({@code classifiers/}).
 *
 * <p>The root is {@code ~/.ganlab}, or the folder named by the system property
 * {@value #ROOT_PROPERTY} (tests point it at a temporary folder). It is read on every call, so a
 * test may change it between cases. Nothing here creates folders: writers do that when they write.
 */
public final class UserCache {

    /** System property that, when set, replaces {@code ~/.ganlab} as the cache root. */
    public static final String ROOT_PROPERTY = "ganlab.cache";

    private UserCache() {
    }

    /** {@code ~/.ganlab}, or the {@value #ROOT_PROPERTY} folder. */
    public static Path root() {
        String property = System.getProperty(ROOT_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Paths.get(property).toAbsolutePath().normalize();
        }
        return Paths.get(System.getProperty("user.home"), ".ganlab").toAbsolutePath();
    }

    /** Where a downloaded or imported 28×28 data set lives: {@code <root>/datasets/<name>}. */
    public static Path datasetDir(String name) {
        return root().resolve("datasets").resolve(name);
    }

    /** Decoded image folders, one cache file per folder and size. */
    public static Path imagesDir() {
        return root().resolve("images");
    }

    /** Trained metrics classifiers, one file per data set. */
    public static Path classifiersDir() {
        return root().resolve("classifiers");
    }
}
