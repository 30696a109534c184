package org.ganlab.engine.run;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ganlab.engine.export.AtomicFiles;
import org.ganlab.engine.train.TrainingConfig;

/**
 * A run's {@code changes.csv}: every live hyperparameter change, one line per changed field
 * ({@code iteration,field,old,new}), so that a reopened run can show where its settings changed.
 * config.json only keeps the final values.
 *
 * <p>Each line is appended with a single write as the change is applied, so a crash loses at most
 * the line being written; {@link #read} skips such a torn last line. Continuing a run drops the
 * changes after its checkpoint, as its metrics are dropped.
 */
public final class ChangeLog {

    public static final String FILE = "changes.csv";
    public static final String HEADER = "iteration,field,old,new";

    private final Path file;

    private ChangeLog(Path file) {
        this.file = file;
    }

    /** The log of a new run in {@code dir}; the file appears with the first change. */
    public static ChangeLog create(Path dir) {
        return new ChangeLog(dir.resolve(FILE));
    }

    /** The log of a run continued from its checkpoint at {@code iteration}: later lines are dropped. */
    public static ChangeLog continued(Path dir, long iteration) throws IOException {
        Path file = dir.resolve(FILE);
        if (Files.exists(file)) {
            List<ConfigChange> kept = read(dir).stream().filter(c -> c.iteration() <= iteration).toList();
            StringBuilder csv = new StringBuilder(HEADER).append('\n');
            kept.forEach(c -> csv.append(line(c)));
            AtomicFiles.write(file, out -> out.write(csv.toString().getBytes(StandardCharsets.UTF_8)));
        }
        return new ChangeLog(file);
    }

    /** The live fields that differ between two configs, in record order. */
    public static List<ConfigChange> diff(long iteration, TrainingConfig before, TrainingConfig after) {
        List<ConfigChange> changes = new ArrayList<>();
        for (RecordComponent field : TrainingConfig.class.getRecordComponents()) {
            String was = valueOf(field, before);
            String now = valueOf(field, after);
            if (!Objects.equals(was, now)) {
                changes.add(new ConfigChange(iteration, field.getName(), was, now));
            }
        }
        return changes;
    }

    private static String valueOf(RecordComponent field, TrainingConfig config) {
        try {
            return String.valueOf(field.getAccessor().invoke(config));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + field.getName(), e);
        }
    }

    /** Appends the fields that changed from {@code before} to {@code after} after {@code iteration}. */
    public void record(long iteration, TrainingConfig before, TrainingConfig after) throws IOException {
        List<ConfigChange> changes = diff(iteration, before, after);
        if (changes.isEmpty()) {
            return;
        }
        if (!Files.exists(file)) {
            Files.writeString(file, HEADER + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        }
        for (ConfigChange c : changes) {
            Files.writeString(file, line(c), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
    }

    private static String line(ConfigChange c) {
        return c.iteration() + "," + c.field() + "," + c.oldValue() + "," + c.newValue() + "\n";
    }

    /**
     * The changes recorded in {@code dir}, oldest first; none when the run has no {@code changes.csv}.
     * A last line without its newline is a torn write of a run that died, and is skipped.
     *
     * @throws IOException naming the file and line when a whole line is malformed
     */
    public static List<ConfigChange> read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        List<ConfigChange> changes = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return changes;
        }
        String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
        // the element after the last newline is "" for a whole file, else the torn line
        for (int i = 1; i < lines.length - 1; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            ConfigChange c = parse(lines[i]);
            if (c == null) {
                throw new IOException(file + " line " + (i + 1) + ": expected iteration,field,old,new, got \"" + lines[i] + "\"");
            }
            changes.add(c);
        }
        return changes;
    }

    private static ConfigChange parse(String line) {
        String[] f = line.trim().split(",", -1);
        if (f.length != 4 || f[1].isBlank() || f[3].isBlank()) {
            return null;
        }
        try {
            return new ConfigChange(Long.parseLong(f[0].trim()), f[1], f[2], f[3]);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
