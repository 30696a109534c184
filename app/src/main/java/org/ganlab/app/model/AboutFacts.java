package org.ganlab.app.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What the About box states about this build: its version, the runtime it runs on, the bundled
 * libraries with their licences, and where the data sets come from. The build facts come from
 * {@code about.properties}, which Maven fills in from the poms, so they cannot drift from the build.
 */
public record AboutFacts(String version, String java, String javafx, String os, List<Licence> licences,
                         List<String> dataSources) {

    /** One bundled library: its name, version ("-" when it has none of its own) and licence. */
    public record Licence(String component, String version, String licence) {
    }

    static final String RESOURCE = "/org/ganlab/app/about.properties";

    public AboutFacts {
        licences = List.copyOf(licences);
        dataSources = List.copyOf(dataSources);
    }

    /** This build, on this JVM. The JavaFX version is the running toolkit's, or the built one before it starts. */
    public static AboutFacts ofThisApp() {
        Properties p = load();
        String javafx = System.getProperty("javafx.runtime.version", p.getProperty("javafx.build", "?"));
        String java = System.getProperty("java.runtime.version", System.getProperty("java.version"))
                + " (" + System.getProperty("java.vendor") + ")";
        String os = System.getProperty("os.name") + " " + System.getProperty("os.arch");
        return new AboutFacts(p.getProperty("version", "?"), java, javafx, os, licences(p), numbered(p, "data."));
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = AboutFacts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path (a build without resources?)");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static List<Licence> licences(Properties p) {
        List<Licence> rows = new ArrayList<>();
        for (String row : numbered(p, "licence.")) {
            String[] cells = row.split("\\|", 3);
            if (cells.length != 3) {
                throw new IllegalStateException(RESOURCE + ": a licence row needs component|version|licence, got: " + row);
            }
            rows.add(new Licence(cells[0].trim(), cells[1].trim(), cells[2].trim()));
        }
        return rows;
    }

    /** prefix1, prefix2, ... in order, up to the first gap. */
    private static List<String> numbered(Properties p, String prefix) {
        List<String> values = new ArrayList<>();
        for (int i = 1; p.getProperty(prefix + i) != null; i++) {
            values.add(p.getProperty(prefix + i));
        }
        return values;
    }
}
