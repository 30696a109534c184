package org.ganlab.engine.export.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** DL4J stays out of the training path: only this package's sources mention it. */
class Dl4jIsolationTest {

    private static final Path MAIN = Path.of("src/main/java/org/ganlab/engine");

    @Test
    void onlyTheExportPackageImportsDl4j() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<String> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(MAIN.resolve("export/dl4j")))
                    .filter(p -> read(p).contains("org.deeplearning4j"))
                    .map(p -> MAIN.relativize(p).toString()).toList();
            assertEquals(List.of(), offenders);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
