package org.ganlab.engine.metrics;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.ganlab.engine.data.DatasetCatalog;
import org.ganlab.engine.data.UserCache;

/**
 * One MNIST {@link QualityMetrics} for every metrics test in the run. Its classifier is cached in
 * {@code target/test-cache} (outside any @TempDir, so a second test run reuses it; deleting the
 * folder, or {@code mvn clean}, makes the next run train it again, about a minute).
 */
final class SharedMetrics {

    static final Path CACHE = Paths.get("target", "test-cache").toAbsolutePath();
    private static QualityMetrics mnist;

    private SharedMetrics() {
    }

    static synchronized QualityMetrics mnist() throws IOException {
        if (mnist == null) {
            String previous = System.getProperty(UserCache.ROOT_PROPERTY);
            System.setProperty(UserCache.ROOT_PROPERTY, CACHE.toString());
            try {
                mnist = QualityMetrics.forDataset("mnist", DatasetCatalog.defaultAssetsDir());
            } finally {
                restore(previous);
            }
        }
        return mnist;
    }

    /** The MNIST classifier through the same cache. */
    static DomainClassifier mnistClassifier() throws IOException {
        mnist();
        String previous = System.getProperty(UserCache.ROOT_PROPERTY);
        System.setProperty(UserCache.ROOT_PROPERTY, CACHE.toString());
        try {
            var assets = DatasetCatalog.defaultAssetsDir();
            return ClassifierStore.forDataset("mnist", DatasetCatalog.load("mnist", assets),
                    DatasetCatalog.loadTest("mnist", assets));
        } finally {
            restore(previous);
        }
    }

    private static void restore(String previous) {
        if (previous == null) {
            System.clearProperty(UserCache.ROOT_PROPERTY);
        } else {
            System.setProperty(UserCache.ROOT_PROPERTY, previous);
        }
    }
}
