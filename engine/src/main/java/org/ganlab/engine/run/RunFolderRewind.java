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

    /** Keeps the header and the complete rows up to {@code iteration}, as {@link MetricsFile} reads them. */
    private static void rewindMetrics(Path file, long iteration) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        MetricsFile metrics = MetricsFile.read(file);
        List<String> kept = new ArrayList<>(List.of(metrics.header()));
        List<String> rows = metrics.lines();
        for (int i = 0; i < rows.size(); i++) {
            if (metrics.value(MetricsFile.ITERATION, i) <= iteration) {
                kept.add(rows.get(i));
            }
        }
        if (kept.size() - 1 < metrics.rows() || metrics.skipped() > 0) {
            LOG.info("{}: keeping {} rows up to iteration {}; later and damaged rows are dropped", file,
                    kept.size() - 1, iteration);
        }
        AtomicFiles.write(file, out -> out.write((String.join("\n", kept) + "\n").getBytes(StandardCharsets.UTF_8)));
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
