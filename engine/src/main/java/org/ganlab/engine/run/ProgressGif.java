package org.ganlab.engine.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.ganlab.engine.train.TrainingEvent;
import org.ganlab.engine.train.TrainingEvent.ActivityFinished;
import org.ganlab.engine.train.TrainingEvent.ActivityStarted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's {@code progress.gif}, written by one background thread that the run owns, so training
 * never waits for it: rebuilding the GIF reads every snapshot PNG, which took seconds per epoch in
 * long runs when it was done on the training thread. Requests while a write is still queued merge
 * into it. {@link #finish()} (end of run, stop) and {@link #close()} wait for the writes, so nothing
 * is lost when the run ends. Safe to call from any thread.
 */
final class ProgressGif implements AutoCloseable {

    /** The writer thread's name. */
    static final String THREAD_NAME = "ganlab-gif";

    private static final Logger LOG = LoggerFactory.getLogger(ProgressGif.class);

    private final Path runDir;
    private final Consumer<TrainingEvent> events;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, THREAD_NAME);
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile Future<IOException> latest;
    private volatile String lastWriter;
    private volatile int writes;

    /** @param events receives an activity started/finished pair around each write */
    ProgressGif(Path runDir, Consumer<TrainingEvent> events) {
        this.runDir = runDir;
        this.events = events;
    }

    /** Rewrites the GIF from the snapshots on disk soon; returns at once. */
    synchronized void request(long iteration) {
        if (queued.compareAndSet(false, true)) {
            latest = writer.submit(() -> write(iteration));
        }
    }

    /**
     * Requests a write of everything on disk now and waits for it.
     *
     * @throws IOException the failure of that write, e.g. an unreadable snapshot or a full disk
     */
    void finish(long iteration) throws IOException, InterruptedException {
        Future<IOException> done;
        synchronized (this) {
            // a write already queued has not read the folder yet, so it includes everything up to now
            request(iteration);
            done = latest;
        }
        try {
            IOException failure = done.get();
            if (failure != null) {
                throw failure;
            }
        } catch (ExecutionException e) {
            throw new IOException("writing " + RunFolder.GIF + " failed: " + e.getCause(), e.getCause());
        }
    }

    /** The name of the thread that wrote the GIF last (tests check it is not the training thread). */
    String lastWriter() {
        return lastWriter;
    }

    /** Writes completed so far. */
    int writes() {
        return writes;
    }

    private IOException write(long iteration) {
        queued.set(false);
        events.accept(new ActivityStarted(iteration, ActivityStarted.WRITING_GIF));
        try {
            RunFolder.writeProgressGif(runDir);
            lastWriter = Thread.currentThread().getName();
            writes++;
            return null;
        } catch (IOException e) {
            LOG.warn("Could not write {} of {}: {}", RunFolder.GIF, runDir, e.getMessage());
            return e;
        } finally {
            events.accept(new ActivityFinished(iteration, ActivityStarted.WRITING_GIF));
        }
    }

    /** Lets queued writes finish (bounded), then ends the writer thread. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(2, TimeUnit.MINUTES)) {
                LOG.warn("{} of {} still being written after 2 minutes", RunFolder.GIF, runDir);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
