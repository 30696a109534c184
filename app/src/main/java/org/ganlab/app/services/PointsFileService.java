package org.ganlab.app.services;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.ganlab.engine.export.AtomicFiles;
import org.ganlab.engine.toy.ToyDistribution;

/**
 * Keeps the points a student drew in the 2-D lab as a CSV the engine trains on
 * ({@code points:FILE}), under {@code <runs>/drawn-points/}: the run's config names the file, so it
 * must outlive the session for the run to be continued.
 */
public final class PointsFileService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss-SSS");

    private final Path folder;

    public PointsFileService(Path runsRoot) {
        this.folder = runsRoot.resolve("drawn-points");
    }

    /** Writes the points (x0, y0, x1, y1, ...) to a new file; blocking. */
    public Path write(float[] xy) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve("points-" + STAMP.format(LocalDateTime.now()) + ".csv").toAbsolutePath();
        byte[] csv = ToyDistribution.toCsv(xy).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(csv));
        return file;
    }
}
