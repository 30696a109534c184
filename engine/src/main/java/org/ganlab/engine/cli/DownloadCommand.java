package org.ganlab.engine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ganlab.engine.data.DatasetDownloader;
import org.ganlab.engine.data.DownloadCatalog;
import org.ganlab.engine.data.DownloadException;
import org.ganlab.engine.data.DownloadListener;
import org.ganlab.engine.data.ImageFolderListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ganlab download NAME}: fetches a classic 28×28 data set into the user cache, verified by
 * SHA-256 and resumable, with a progress line. Offline it says so in one line and points at
 * {@code --dataset idx:DIR} for files copied by hand.
 */
@Command(name = "download", mixinStandardHelpOptions = true,
        description = {"Download a classic 28x28 data set (mnist, fashion-mnist, kmnist) into ~/.ganlab/datasets/NAME,"
                + " checked against its published SHA-256; an interrupted download resumes.",
                "Then train with --dataset NAME. Without internet, copy the four IDX files into a folder and use --dataset idx:DIR."})
final class DownloadCommand implements Callable<Integer> {

    private final DownloadCatalog catalog;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "mnist, fashion-mnist or kmnist")
    String name;

    /** Downloads from the real addresses. */
    DownloadCommand() {
        this(DownloadCatalog.standard());
    }

    /** Downloads from {@code catalog}; tests point it at a local server. */
    DownloadCommand(DownloadCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() throws Exception {
        DownloadCatalog source = catalog;
        source.files(name); // an unknown name fails here, before anything is created
        ProgressLine progress = new ProgressLine(spec.commandLine().getOut(), System.console() != null);
        try {
            Path folder = new DatasetDownloader(source).download(name, progress);
            progress.done("downloaded " + name + " to " + folder + "; train with --dataset " + name);
            return 0;
        } catch (DownloadException e) {
            progress.done(null);
            String hint = e.reason() == DownloadException.Reason.OFFLINE
                    ? "; no internet? copy the four IDX files into a folder and use --dataset idx:DIR" : "";
            spec.commandLine().getErr().println("ganlab: " + e.getMessage() + hint);
            return 1;
        }
    }

    /**
     * One progress line, redrawn in place on a terminal (at most every 200 ms) and printed every
     * 25% otherwise. Serves downloads and image-folder loading alike.
     */
    static final class ProgressLine implements DownloadListener, ImageFolderListener {

        private final PrintWriter out;
        private final boolean terminal;
        private long lastDraw;
        private String lastFile = "";
        private long lastQuarter = -1;

        ProgressLine(PrintWriter out, boolean terminal) {
            this.out = out;
            this.terminal = terminal;
        }

        @Override
        public void progress(String file, long bytes, long total) {
            String amount = total > 0
                    ? String.format(Locale.ROOT, "%.1f of %.1f MB", bytes / 1e6, total / 1e6)
                    : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
            show(file, bytes, total, file + ": " + amount);
        }

        @Override
        public void progress(int done, int total, String file) {
            show("images", done, total, String.format(Locale.ROOT, "images: %d of %d (%s)", done, total, file));
        }

        private void show(String key, long done, long total, String text) {
            long quarter = total > 0 ? 4 * done / total : 0;
            boolean changed = !key.equals(lastFile);
            long now = System.nanoTime();
            if (terminal && (changed || now - lastDraw > 200_000_000L || done == total)) {
                out.print("\r\033[K" + text);
                out.flush();
                lastDraw = now;
            } else if (!terminal && (changed || quarter != lastQuarter)) {
                out.println(text);
                out.flush();
            }
            lastFile = key;
            lastQuarter = quarter;
        }

        /** Ends the progress line, then prints {@code message} (if any) on a line of its own. */
        void done(String message) {
            if (terminal) {
                out.print("\r\033[K");
            }
            if (message != null) {
                out.println(message);
            }
            out.flush();
        }
    }
}
