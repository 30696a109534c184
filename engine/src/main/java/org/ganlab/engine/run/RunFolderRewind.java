package org.ganlab.engine.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ganlab.engine.export.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a run folder back to the iteration of its checkpoint before the run continues. A crash,
 * a kill or a diverged run leaves records from after it: metrics rows (the last perhaps cut off
 * half-way), snapshot PNGs and the temporary file of an interrupted atomic write. Dropping them
 * makes the continued run's folder read as if it had never stopped.
 */
final class RunFolderRewind {

    private static final Logger LOG = LoggerFactory.getLogger(RunFolderRewind.class);

    private RunFolderRewind() {
    }

    static void to(Path dir, long iteration) throws IOException {
        rewindMetrics(dir.resolve(RunFolder.METRICS), iteration);
        for (Path snapshot : RunFolder.snapshots(dir)) {
            if (RunFolder.iterationOf(snapshot) > iteration) {
                Files.delete(snapshot);
            }
        }
        deleteTemporaryFiles(dir);
        deleteTemporaryFiles(dir.resolve(RunFolder.SNAPSHOTS));
    }

    /** Keeps the header and the complete rows up to {@code iteration}. */
    private static void rewindMetrics(Path file, long iteration) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(text.lines().toList());
        if (!text.isEmpty() && !text.endsWith("\n")) {
            LOG.info("{} ends in a row cut off by a crash; it is dropped", file);
            lines.remove(lines.size() - 1);
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 || (!line.isBlank() && iterationOf(line) <= iteration)) {
                kept.add(line);
            }
        }
        AtomicFiles.write(file, out -> out.write((String.join("\n", kept) + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    /** The row's first field; rows that do not start with a number (damaged) count as after everything. */
    private static long iterationOf(String row) {
        int comma = row.indexOf(',');
        try {
            return Long.parseLong(comma < 0 ? row : row.substring(0, comma));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** {@code AtomicFiles} names its temporary files {@code .NAME.RANDOM.tmp}; a kill can leave one. */
    private static void deleteTemporaryFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(".tmp") && Files.isRegularFile(f)) {
                    LOG.info("Deleting {}, left by an interrupted write", f);
                    Files.delete(f);
                }
            }
        }
    }
}
