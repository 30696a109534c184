package org.ganlab.engine.data;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.ganlab.engine.data.ImageFolderReport.SkippedImage;
import org.ganlab.engine.data.SquareImages.Square;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes a folder's image files on a few threads and hands the results over one by one, in file
 * order. At most {@code 2 × threads} files are in flight (queued, decoding or decoded but not yet
 * handed over), so memory stays bounded whatever the folder's size: JPEG decoding dominates, and
 * the window keeps every thread busy while the caller writes the previous image.
 */
final class FolderDecoding {

    /** Receives each usable image, in file order. */
    @FunctionalInterface
    interface Sink {
        void accept(Square square) throws IOException;
    }

    /** Turns one file into a {@link Square} or a {@link SkippedImage}; called on the pool's threads. */
    @FunctionalInterface
    interface Decoder {
        Object decode(Path file);
    }

    private static final Logger LOG = LoggerFactory.getLogger(FolderDecoding.class);
    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    private FolderDecoding() {
    }

    /** A few threads: decoding is CPU-bound, and the machine has training to do too. */
    static int defaultThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Decodes every file with {@code decoder}, feeding the usable images to {@code sink} and
     * reporting each file to {@code listener} (both on the calling thread).
     *
     * @return the files that were skipped, and why, in file order
     */
    static List<SkippedImage> run(Path dir, List<Path> files, int threads, Decoder decoder, Sink sink,
                                  ImageFolderListener listener) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, FolderDecoding::daemon);
        Deque<Future<Object>> window = new ArrayDeque<>();
        List<SkippedImage> skipped = new ArrayList<>();
        try {
            int next = 0;
            for (int done = 0; done < files.size(); done++) {
                while (next < files.size() && window.size() < 2 * threads) {
                    Path file = files.get(next++);
                    window.add(pool.submit(() -> decoder.decode(file)));
                }
                Object result = await(window.removeFirst(), dir);
                if (result instanceof Square square) {
                    sink.accept(square);
                } else {
                    skipped.add((SkippedImage) result);
                }
                listener.progress(done + 1, files.size(), dir.relativize(files.get(done)).toString());
                logEveryTenth(dir, done + 1, files.size());
            }
            return skipped;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Object await(Future<Object> result, Path dir) throws IOException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while decoding the images of " + dir);
        } catch (ExecutionException e) {
            // decode() turns every IOException and RuntimeException into a skip; only Errors get here.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A log line at each tenth of a large folder, so a command line shows progress without a listener. */
    private static void logEveryTenth(Path dir, int done, int total) {
        if (total >= 500 && done * 10L / total > (done - 1) * 10L / total) {
            LOG.info("Decoding the images of {}: {} of {}", dir, done, total);
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "ganlab-decode-" + THREAD_NUMBER.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
