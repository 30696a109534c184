package org.ganlab.app.viewmodels;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.ganlab.app.model.AboutFacts;
import org.ganlab.app.model.AboutFacts.Licence;

/**
 * Help ▸ About: the build's version, the backend training runs on (live: it is known only once
 * ND4J has loaded, a few seconds after the window opens), the runtime, the licences and the data's
 * origin. {@link #text()} is the same content as plain text, for the Copy button and bug reports.
 */
public final class AboutViewModel {

    private final AboutFacts facts;
    private final ReadOnlyStringWrapper backend = new ReadOnlyStringWrapper();

    /**
     * @param backendText the status bar's backend line ("Backend: starting…" until ND4J is up)
     * @param cudaFallback why a packaged CUDA backend is not used, asked each time the line changes
     */
    public AboutViewModel(AboutFacts facts, ReadOnlyStringProperty backendText, Supplier<Optional<String>> cudaFallback) {
        this.facts = facts;
        backend.bind(Bindings.createStringBinding(() -> backendLine(backendText.get(), cudaFallback.get()), backendText));
    }

    // ---- Properties

    public String title() {
        return "GAN Lab FX " + facts.version();
    }

    public String version() {
        return facts.version();
    }

    /** e.g. "Backend: CPU · oneDNN AVX2 · 2 threads", with the CUDA fallback sentence after it when there is one. */
    public ReadOnlyStringProperty backendProperty() {
        return backend.getReadOnlyProperty();
    }

    public String runtime() {
        return "Java " + facts.java() + " · JavaFX " + facts.javafx() + " · " + facts.os();
    }

    public List<Licence> licences() {
        return facts.licences();
    }

    public List<String> dataSources() {
        return facts.dataSources();
    }

    /** Everything the box shows, one fact a line. */
    public String text() {
        String libraries = facts.licences().stream()
                .map(l -> "  " + l.component() + ("-".equals(l.version()) ? "" : " " + l.version()) + ": " + l.licence())
                .collect(Collectors.joining("\n"));
        return title() + "\n" + backend.get() + "\n" + runtime() + "\n\nBundled libraries:\n" + libraries
                + "\n\nData:\n  " + String.join("\n  ", facts.dataSources()) + "\n";
    }

    private static String backendLine(String status, Optional<String> fallback) {
        String line = status == null || status.isBlank() ? "Backend: starting…"
                : status.startsWith("Backend") ? status : "Backend: " + status;
        return fallback.map(reason -> line + "\n" + reason).orElse(line);
    }
}
