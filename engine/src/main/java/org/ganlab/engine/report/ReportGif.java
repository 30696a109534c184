package org.ganlab.engine.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.ganlab.engine.export.GifExport;

/**
 * The report's training animation: the run's snapshots at their own size (the page shows them
 * twice as large, pixels kept sharp) and at most {@value #MAX_FRAMES} of them, evenly spaced and
 * always ending with the last, so a long run's report stays a few megabytes. The run's own
 * {@code progress.gif} holds every snapshot at twice the size and would be many times larger.
 */
final class ReportGif {

    static final int MAX_FRAMES = 60;
    private static final int DELAY_MS = 200;
    private static final Pattern NAME = Pattern.compile("epoch-(\\d+)_iter-(\\d+)\\.png");

    private ReportGif() {
    }

    /** The snapshots to show, in time order: all of them, or {@code max} evenly spaced with the last. */
    static List<Path> frames(List<Path> snapshots, int max) {
        if (snapshots.size() <= max) {
            return snapshots;
        }
        List<Path> picked = new ArrayList<>(max);
        for (int i = 0; i < max; i++) {
            picked.add(snapshots.get((int) Math.round(i * (snapshots.size() - 1) / (double) (max - 1))));
        }
        return picked;
    }

    /**
     * The GIF's bytes.
     *
     * @throws IOException when a snapshot does not decode or the snapshots differ in size
     */
    static byte[] of(List<Path> snapshots) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (Path snapshot : frames(snapshots, MAX_FRAMES)) {
            BufferedImage image = ImageIO.read(snapshot.toFile());
            if (image == null) {
                throw new IOException(snapshot.getFileName() + " is not a readable PNG");
            }
            images.add(image);
            Matcher m = NAME.matcher(snapshot.getFileName().toString());
            captions.add(m.matches() ? "epoch " + Integer.parseInt(m.group(1)) + " · it " + Long.parseLong(m.group(2)) : null);
        }
        Path temp = Files.createTempFile("ganlab-report", ".gif");
        try {
            GifExport.write(images, captions, DELAY_MS, 0, temp);
            return Files.readAllBytes(temp);
        } catch (IllegalArgumentException e) {
            throw new IOException("the snapshots cannot make one animation: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
