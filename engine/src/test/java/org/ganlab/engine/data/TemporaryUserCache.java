package org.ganlab.engine.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Points the user cache ({@link UserCache#ROOT_PROPERTY}) at a fresh folder for each test and
 * restores the previous setting afterwards: register with {@code @RegisterExtension}.
 */
public final class TemporaryUserCache implements BeforeEachCallback, AfterEachCallback {

    private final Path fixed;
    private Path root;
    private String previous;

    /** A fresh folder per test, deleted afterwards. */
    public TemporaryUserCache() {
        this(null);
    }

    private TemporaryUserCache(Path fixed) {
        this.fixed = fixed;
    }

    /** A folder kept across tests and runs (e.g. target/test-cache, where the trained classifier lives). */
    public static TemporaryUserCache at(Path folder) {
        return new TemporaryUserCache(folder.toAbsolutePath());
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        root = fixed != null ? fixed : Files.createTempDirectory("ganlab-cache");
        previous = System.getProperty(UserCache.ROOT_PROPERTY);
        System.setProperty(UserCache.ROOT_PROPERTY, root.toString());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (previous == null) {
            System.clearProperty(UserCache.ROOT_PROPERTY);
        } else {
            System.setProperty(UserCache.ROOT_PROPERTY, previous);
        }
        if (fixed != null) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The cache folder of the running test. */
    public Path root() {
        return root;
    }
}
