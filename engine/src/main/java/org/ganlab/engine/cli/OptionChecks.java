package org.ganlab.engine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;
import org.ganlab.engine.data.DatasetCatalog;
import org.ganlab.engine.data.DatasetSpec;
import org.ganlab.engine.run.RunFolder;
import org.ganlab.engine.toy.ToyDistribution;

/**
 * The checks every command runs on the files, folders and counts its options name, before any
 * work starts: each failure is an {@link IllegalArgumentException} whose one-line message names the
 * option, the value and the problem (the CLI prints it and exits with 2). Hyperparameters are
 * checked by {@link org.ganlab.engine.train.TrainingConfig}; this class covers what a config does
 * not hold. Checking first also means bad input creates nothing and overwrites nothing.
 */
final class OptionChecks {

    private OptionChecks() {
    }

    /** {@code value} in {@code 1..max}; {@code what} says what the bound is for, e.g. "for a PNG grid". */
    static void count(String option, int value, int max, String what) {
        if (value <= 0) {
            throw new IllegalArgumentException(option + " must be > 0 (was " + value + ")");
        }
        if (value > max) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s must be <= %,d %s (was %,d)",
                    option, max, what, value));
        }
    }

    /** An existing folder to read, e.g. {@code --run} or {@code --resume}. */
    static void existingFolder(String option, Path folder, String what) {
        if (Files.isRegularFile(folder)) {
            fail(option, folder, "is a file, not " + what);
        }
        if (!Files.isDirectory(folder)) {
            fail(option, folder, "does not exist");
        }
    }

    /** An existing file to read, e.g. {@code --samples}. */
    static void existingFile(String option, Path file, String what) {
        if (Files.isDirectory(file)) {
            fail(option, file, "is a folder, not " + what);
        }
        if (!Files.isRegularFile(file)) {
            fail(option, file, "does not exist");
        }
    }

    /** A folder {@code train} may create or fill: not a file, not an earlier run, creatable. */
    static void newRunFolder(String option, Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            fail(option, folder, "is a file; a run folder must be a folder");
        }
        if (Files.exists(folder.resolve(RunFolder.CONFIG))) {
            fail(option, folder, "already holds a run: continue it with --resume " + folder
                    + ", or choose another folder");
        }
        writableFolder(option, folder, folder);
    }

    /**
     * A file a command writes: not a folder, in a folder that exists or can be created, and, if it
     * exists, one {@code replaceable} accepts (a file this command wrote before), so nothing else
     * is overwritten.
     */
    static void outputFile(String option, Path file, Predicate<Path> replaceable, String what, String example) {
        if (Files.isDirectory(file)) {
            fail(option, file, "is a folder; name a file in it, e.g. " + file.resolve(example));
        }
        if (Files.exists(file) && !replaceable.test(file)) {
            fail(option, file, "exists and is not " + what + "; choose another name, so it is not overwritten");
        }
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (parent != null) {
            writableFolder(option, file, parent);
        }
    }

    /** An HTML page as the report and compare commands write them, so one may be replaced. */
    static boolean isHtml(Path file) {
        return startsWith(file, "<!DOCTYPE html".getBytes(StandardCharsets.US_ASCII));
    }

    /** A zip archive (a DL4J model or a checkpoint), so an earlier export may be replaced. */
    static boolean isZip(Path file) {
        return startsWith(file, new byte[] {'P', 'K', 3, 4});
    }

    /** Whether {@code file} begins with {@code magic}: how a command recognises what it wrote before. */
    static boolean startsWith(Path file, byte[] magic) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(magic.length), magic);
        } catch (IOException e) {
            return false;
        }
    }

    /** A {@code --dataset} naming a file or folder: the right kind of thing must be there. */
    static void dataset(String option, String value) {
        if (value.startsWith(ToyDistribution.POINTS_PREFIX)) {
            Path file = Path.of(value.substring(ToyDistribution.POINTS_PREFIX.length()));
            if (Files.isDirectory(file)) {
                fail(option, value, "is a folder; points: needs a CSV file of x,y points");
            }
            return;
        }
        if (!value.contains(":") || ToyDistribution.isToy(value)) {
            return;
        }
        DatasetSpec spec = DatasetCatalog.checkName(value);
        if (spec.folder() != null && Files.isRegularFile(spec.folder())) {
            fail(option, value, spec.folder() + " is a file; " + (spec.isIdx()
                    ? "idx: needs a folder holding the four IDX files" : "images: needs a folder of PNG or JPEG images"));
        }
        if (spec.folder() != null && !Files.exists(spec.folder())) {
            fail(option, value, spec.folder() + " does not exist");
        }
    }

    /** {@code folder}, or the nearest of its parents that exists, must be a writable folder. */
    private static void writableFolder(String option, Path target, Path folder) {
        for (Path p = folder.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p)) {
                if (!Files.isWritable(p)) {
                    fail(option, target, "cannot be created: " + p + " is not writable");
                }
                return;
            }
            if (Files.exists(p)) {
                fail(option, target, "cannot be created: " + p + " is a file, not a folder");
            }
        }
    }

    private static void fail(String option, Object value, String problem) {
        throw new IllegalArgumentException(option + " " + value + ": " + problem);
    }
}
