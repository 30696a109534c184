package org.ganlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layering STYLE.md asks for, checked on the sources: no UI below the views, no printing. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/ganlab/app");

    private static List<String> offenders(String folder, String forbidden) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(folder))) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> read(p).contains(forbidden))
                    .map(p -> p.getFileName().toString()).toList();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void viewModelsServicesAndModelKnowNoSceneGraph() throws IOException {
        for (String folder : List.of("viewmodels", "services", "model", "charts")) {
            assertEquals(List.of(), offenders(folder, "import javafx.scene"), folder);
        }
    }

    @Test
    void onlyViewsTouchControlsFx() throws IOException {
        for (String folder : List.of("viewmodels", "services", "model", "charts")) {
            assertEquals(List.of(), offenders(folder, "org.controlsfx"), folder);
        }
    }

    @Test
    void nothingPrints() throws IOException {
        assertEquals(List.of(), offenders(".", "System.out"));
        assertEquals(List.of(), offenders(".", "printStackTrace"));
    }
}
