package org.ganlab.engine.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The doctor reads the trainer's events and publishes into the same stream, so the stream and
 * the values it carries must not depend on the doctor: {@code train} and {@code diagnosis} import
 * nothing from {@code doctor} (no package cycle), and {@code diagnosis} nothing from {@code train}.
 */
class DiagnosisPackagesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/ganlab/engine");

    private static List<String> importsOf(String pkg, String forbidden) throws IOException {
        try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> l.startsWith("import org.ganlab.engine." + forbidden + "."))
                            .map(l -> f.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    @Test
    void theEventStreamAndItsDiagnosisValuesDoNotDependOnTheDoctor() throws IOException {
        assertTrue(Files.isDirectory(SOURCES.resolve("train")), "run from the engine module: " + SOURCES.toAbsolutePath());
        assertEquals(List.of(), importsOf("train", "doctor"));
        assertEquals(List.of(), importsOf("diagnosis", "doctor"));
        assertEquals(List.of(), importsOf("diagnosis", "train"));
    }
}
