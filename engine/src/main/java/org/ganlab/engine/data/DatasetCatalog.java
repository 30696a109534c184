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
import java.util.Optional;

/**
 * Resolves a {@code --dataset} value (see {@link DatasetSpec} for the syntax) to images: the
 * shipped MNIST, a downloaded set in the {@link UserCache user cache}, any folder of IDX files, or
 * a folder of PNG/JPEG images. The training loop calls {@link #load(String, Path)}; the app may
 * call {@link #load(String, Path, ImageFolderListener)} first to show an image folder's progress
 * and report (the decoded folder is cached, so the loop's own load is then quick).
 *
 * <p>Assets layout: {@code <assets>/datasets/<name>/} holding MNIST-style IDX files (see
 * {@link IdxFolder}). {@link #load} reads the training split; {@link #loadTest} the test split,
 * which the quality metrics compare samples against.
 */
public final class DatasetCatalog {

    /** System property that, when set, names the assets folder and skips the search. */
    public static final String ASSETS_PROPERTY = "ganlab.assets";

    // The sub-folder whose presence identifies a real assets folder while searching.
    private static final String MARKER = "datasets/mnist";

    private DatasetCatalog() {
    }

    /** Named data sets {@link #load} accepts (besides the folder prefixes), sorted. */
    public static List<String> knownNames() {
        List<String> names = new ArrayList<>(DatasetSpec.BUNDLED_NAMES);
        names.addAll(DatasetSpec.DOWNLOADED_NAMES);
        return names.stream().sorted().toList();
    }

    /**
     * Checks a {@code --dataset} value without loading anything, for command lines and forms.
     *
     * @throws IllegalArgumentException naming the value and listing what is accepted
     */
    public static DatasetSpec checkName(String name) {
        return DatasetSpec.parse(name);
    }

    /** As {@link #load(String, Path, ImageFolderListener)} without progress reports. */
    public static ImageDataset load(String name, Path assetsDir) throws IOException {
        return load(name, assetsDir, ImageFolderListener.NONE);
    }

    /**
     * Loads the training images of a data set, e.g. {@code load("mnist", assetsDir)} reads
     * {@code assetsDir/datasets/mnist}; {@code load("images:/photos", ...)} decodes (or reads the
     * cached decoding of) a folder of images, reporting progress to {@code listener}.
     *
     * @throws IllegalArgumentException for an unknown name; the message lists the known ones
     * @throws NoSuchFileException      if a folder or file is missing; for a downloadable set the
     *                                  message says how to download or import it
     * @throws IOException              if the files are invalid (the message names file and problem)
     */
    public static ImageDataset load(String name, Path assetsDir, ImageFolderListener listener) throws IOException {
        DatasetSpec spec = DatasetSpec.parse(name);
        if (spec.kind() == DatasetSpec.Kind.IMAGE_FOLDER) {
            return ImageFolderLoader.load(spec.folder(), spec.imageSize(), listener).dataset();
        }
        return IdxFolder.loadTrain(idxFolder(spec, assetsDir), spec.name());
    }

    /**
     * Loads the labelled test split ({@code t10k-*} files) of an IDX data set, for the metrics.
     *
     * @throws IllegalArgumentException for an image folder, which has no labelled test split
     * @throws NoSuchFileException      if the test files are missing
     */
    public static ImageDataset loadTest(String name, Path assetsDir) throws IOException {
        DatasetSpec spec = DatasetSpec.parse(name);
        if (!spec.isIdx()) {
            throw new IllegalArgumentException("data set '" + name
                    + "' is a folder of images without labels; it has no test split to compare with");
        }
        return IdxFolder.loadTest(idxFolder(spec, assetsDir), spec.name() + "-test");
    }

    /** The folder holding an IDX data set's files; explains how to get a missing downloadable one. */
    static Path idxFolder(DatasetSpec spec, Path assetsDir) throws NoSuchFileException {
        return switch (spec.kind()) {
            case BUNDLED -> assetsDir.resolve("datasets").resolve(spec.name());
            case DOWNLOADED -> requireDownloaded(spec);
            case IDX_FOLDER -> spec.folder();
            case IMAGE_FOLDER -> throw new IllegalArgumentException(spec.name() + " is an image folder");
        };
    }

    private static Path requireDownloaded(DatasetSpec spec) throws NoSuchFileException {
        Path dir = spec.folder();
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, spec.name() + " is not on this computer yet:"
                    + " run 'ganlab download " + spec.name() + "', or point --dataset idx:DIR at a folder"
                    + " holding its four IDX files");
        }
        return dir;
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
