package org.ganlab.engine.data;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The data sets that ship with GAN Lab, by name, and where the shipped assets live.
 *
 * <p>Assets layout: {@code <assets>/datasets/<name>/} holding MNIST-style IDX files (see
 * {@link IdxFolder}). Only the training split is loaded by {@link #load}.
 */
public final class DatasetCatalog {

    /** System property that, when set, names the assets folder and skips the search. */
    public static final String ASSETS_PROPERTY = "ganlab.assets";

    // name -> folder under assets/datasets; one line per shipped data set.
    private static final Map<String, String> FOLDERS = Map.of("mnist", "mnist");
    // The sub-folder whose presence identifies a real assets folder while searching.
    private static final String MARKER = "datasets/mnist";

    private DatasetCatalog() {
    }

    /** Names {@link #load} accepts, sorted. */
    public static List<String> knownNames() {
        return FOLDERS.keySet().stream().sorted().toList();
    }

    /**
     * Loads the training split of a shipped data set, e.g. {@code load("mnist", assetsDir)} reads
     * {@code assetsDir/datasets/mnist}. Names are case-insensitive.
     *
     * @throws IllegalArgumentException for an unknown name; the message lists the known ones
     * @throws IOException              if the files are missing or invalid
     */
    public static ImageDataset load(String name, Path assetsDir) throws IOException {
        String key = name.toLowerCase(Locale.ROOT);
        String folder = FOLDERS.get(key);
        if (folder == null) {
            throw new IllegalArgumentException(
                    "unknown data set '" + name + "'; known: " + String.join(", ", knownNames()));
        }
        return IdxFolder.loadTrain(assetsDir.resolve("datasets").resolve(folder), key);
    }

    /**
     * Finds the assets folder: the {@value #ASSETS_PROPERTY} system property if set; else the first
     * folder named {@code assets} holding {@code datasets/mnist} found walking up from the working
     * directory; else the same walk up from where this class was loaded (the jar or classes folder),
     * which covers an installed app started from elsewhere.
     *
     * @throws NoSuchFileException if none is found; the message lists where it looked
     */
    public static Path defaultAssetsDir() throws NoSuchFileException {
        String property = System.getProperty(ASSETS_PROPERTY);
        if (property != null && !property.isBlank()) {
            Path dir = Paths.get(property).toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                throw new NoSuchFileException(dir.toString(), null,
                        "assets folder given by -D" + ASSETS_PROPERTY + " does not exist");
            }
            return dir;
        }
        List<Path> searched = new ArrayList<>();
        Path cwd = Paths.get("").toAbsolutePath();
        Optional<Path> found = searchUp(cwd, searched).or(() -> codeLocation().flatMap(
                location -> searchUp(location, searched)));
        return found.orElseThrow(() -> new NoSuchFileException("assets/" + MARKER, null,
                "assets folder not found; -D" + ASSETS_PROPERTY + " is not set and no assets/"
                        + MARKER + " exists in or above " + searched));
    }

    /** The nearest {@code assets} folder holding the marker in {@code start} or a parent of it. */
    private static Optional<Path> searchUp(Path start, List<Path> searched) {
        searched.add(start);
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path assets = dir.resolve("assets");
            if (Files.isDirectory(assets.resolve(MARKER))) {
                return Optional.of(assets);
            }
        }
        return Optional.empty();
    }

    /** The folder holding this class's jar (or the classes folder itself), if it is a file. */
    private static Optional<Path> codeLocation() {
        try {
            CodeSource source = DatasetCatalog.class.getProtectionDomain().getCodeSource();
            URL url = source == null ? null : source.getLocation();
            if (url == null || !"file".equals(url.getProtocol())) {
                return Optional.empty();
            }
            Path location = Paths.get(url.toURI()).toAbsolutePath();
            return Optional.of(Files.isDirectory(location) ? location : location.getParent());
        } catch (URISyntaxException | RuntimeException e) {
            // Exotic class loaders: fall back to "not found" rather than fail differently.
            return Optional.empty();
        }
    }
}
