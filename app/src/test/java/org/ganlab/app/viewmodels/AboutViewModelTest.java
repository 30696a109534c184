package org.ganlab.app.viewmodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.SimpleStringProperty;
import org.ganlab.app.model.AboutFacts;
import org.ganlab.app.model.AboutFacts.Licence;
import org.junit.jupiter.api.Test;

/** Help ▸ About on the real build facts (about.properties as Maven filtered it) and a fake backend line. */
class AboutViewModelTest {

    private final SimpleStringProperty status = new SimpleStringProperty("Backend: starting…");

    @Test
    void versionIsThePomsVersion() throws IOException {
        AboutViewModel about = new AboutViewModel(AboutFacts.ofThisApp(), status, Optional::empty);

        assertEquals(pomVersion(), about.version());
        assertTrue(about.text().startsWith("GAN Lab FX " + pomVersion() + "\n"), about.text());
    }

    @Test
    void backendLineFollowsTheStatusBarOnceNd4jIsUp() {
        AboutViewModel about = new AboutViewModel(AboutFacts.ofThisApp(), status, Optional::empty);
        assertEquals("Backend: starting…", about.backendProperty().get());

        status.set("CPU · oneDNN AVX2 · 2 threads");

        assertEquals("Backend: CPU · oneDNN AVX2 · 2 threads", about.backendProperty().get());
        assertTrue(about.text().contains("\nBackend: CPU · oneDNN AVX2 · 2 threads\n"), about.text());
    }

    @Test
    void cudaFallbackIsSaidUnderTheBackend() {
        String reason = "This build includes the CUDA backend, but no usable CUDA 11.6 runtime or GPU was found "
                + "(libcuda.so.1: cannot open shared object file): training runs on the CPU instead.";
        AboutViewModel about = new AboutViewModel(AboutFacts.ofThisApp(), status, () -> Optional.of(reason));

        status.set("CPU · oneDNN AVX2 · 2 threads");

        assertEquals("Backend: CPU · oneDNN AVX2 · 2 threads\n" + reason, about.backendProperty().get());
    }

    @Test
    void licencesNameTheBundledLibrariesWithTheBuiltVersions() {
        List<Licence> licences = AboutFacts.ofThisApp().licences();

        assertEquals("Apache License 2.0", find(licences, "ND4J").licence());
        assertEquals("1.0.0-M2.1", find(licences, "ND4J").version());
        assertEquals("GPL v2 with the Classpath Exception", find(licences, "OpenJFX").licence());
        assertTrue(find(licences, "JFreeChart").licence().startsWith("LGPL"));
        assertEquals("BSD 3-Clause", find(licences, "ControlsFX").licence());
        assertTrue(find(licences, "Logback").licence().contains("EPL"));
        for (Licence l : licences) {
            assertFalse(l.version().contains("${") || l.version().isBlank(), "version not filled in: " + l);
        }
    }

    @Test
    void dataSourcesSayWhereMnistCameFromAndItsLicence() {
        AboutViewModel about = new AboutViewModel(AboutFacts.ofThisApp(), status, Optional::empty);

        String mnist = about.dataSources().get(0);
        assertTrue(mnist.startsWith("MNIST") && mnist.contains("LeCun") && mnist.contains("CC BY-SA 3.0"), mnist);
    }

    private static Licence find(List<Licence> licences, String component) {
        return licences.stream().filter(l -> l.component().startsWith(component + " ") || l.component().equals(component))
                .findFirst().orElseThrow(() -> new AssertionError("no licence row for " + component + " in " + licences));
    }

    /** The version in app/pom.xml's parent block, read from the pom itself (tests run in app/). */
    private static String pomVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher parent = Pattern.compile("<parent>.*?<version>([^<]+)</version>.*?</parent>", Pattern.DOTALL).matcher(pom);
        assertTrue(parent.find(), "no parent version in app/pom.xml");
        return parent.group(1).trim();
    }
}
