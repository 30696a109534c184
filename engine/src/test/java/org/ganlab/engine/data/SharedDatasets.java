package org.ganlab.engine.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The development data sets in {@code shared/datasets} beside the repository (CI checks both out
 * side by side). Tests that need one are skipped, saying why, when it is absent.
 */
final class SharedDatasets {

    private SharedDatasets() {
    }

    /** {@code shared/datasets/<name>}, found walking up from the working directory. */
    static Path require(String name) {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("datasets").resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        assumeTrue(false, "shared/datasets/" + name + " is not beside the repository; skipping");
        return null;
    }
}
