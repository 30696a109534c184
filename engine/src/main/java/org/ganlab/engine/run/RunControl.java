package org.ganlab.engine.run;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.ganlab.engine.train.GanTrainer;
import org.ganlab.engine.train.TrainingConfig;

/**
 * The requests other threads make of a running loop (pause, resume, step, stop, new
 * hyperparameters, work on the trainer), held under one lock and honoured by the training
 * thread between iterations. Callers never wait for training.
 */
final class RunControl {

    private final Object lock = new Object();
    private final Queue<Request<?>> requests = new ConcurrentLinkedQueue<>();
    private boolean paused;
    private boolean stopRequested;
    private int stepsAllowed;
    private TrainingConfig config;
    private TrainingConfig pendingConfig;
    private volatile GanTrainer trainer;
    private final Queue<CompletableFuture<java.nio.file.Path>> saveRequests = new ConcurrentLinkedQueue<>();
    private volatile SaveAction saveAction;
    /** Why requests can no longer run, once the loop has ended; null while it runs. */
    private String ended;

    /** What the loop does for {@link #requestSave()}: write the checkpoint and GIF, return the file. */
    interface SaveAction {
        java.nio.file.Path save() throws java.io.IOException;
    }

    RunControl(TrainingConfig config) {
        this.config = config;
    }

    void pause() {
        synchronized (lock) {
            paused = true;
            lock.notifyAll();
        }
    }

    void resume() {
        synchronized (lock) {
            paused = false;
            lock.notifyAll();
        }
    }

    void step() {
        synchronized (lock) {
            if (paused) {
                stepsAllowed++;
                lock.notifyAll();
            }
        }
    }

    void stop() {
        synchronized (lock) {
            stopRequested = true;
            lock.notifyAll();
        }
    }

    void update(TrainingConfig newConfig) {
        synchronized (lock) {
            config = newConfig;
            pendingConfig = newConfig;
            lock.notifyAll();
        }
    }

    TrainingConfig config() {
        synchronized (lock) {
            return config;
        }
    }

    boolean isPaused() {
        synchronized (lock) {
            return paused;
        }
    }

    /** Runs {@code work} on the training thread between iterations (or at once while paused). */
    <T> CompletableFuture<T> request(Function<GanTrainer, T> work) {
        Request<T> request = new Request<>(work, new CompletableFuture<>());
        synchronized (lock) {
            if (ended != null) {
                return CompletableFuture.failedFuture(new IllegalStateException(ended));
            }
            requests.add(request);
            lock.notifyAll();
        }
        return request.result();
    }

    private record Request<T>(Function<GanTrainer, T> work, CompletableFuture<T> result) {
        void runOn(GanTrainer trainer) {
            try {
                result.complete(work.apply(trainer));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }
    }

    /** Called by the loop once its trainer exists; requests made before wait for it. */
    void attach(GanTrainer trainer, SaveAction saveAction) {
        this.saveAction = saveAction;
        this.trainer = trainer;
    }

    /** Asks the loop to save a checkpoint between two iterations, without stopping. */
    CompletableFuture<java.nio.file.Path> requestSave() {
        CompletableFuture<java.nio.file.Path> saved = new CompletableFuture<>();
        synchronized (lock) {
            if (ended != null) {
                return CompletableFuture.failedFuture(new IllegalStateException(ended));
            }
            saveRequests.add(saved);
            lock.notifyAll();
        }
        return saved;
    }

    /**
     * The loop has ended: fails the requests still queued and, at once, every later one, with
     * {@code reason} as the message (a request made after the end would otherwise never complete).
     */
    void end(String reason) {
        synchronized (lock) {
            ended = reason;
        }
        Request<?> r;
        while ((r = requests.poll()) != null) {
            r.result().completeExceptionally(new IllegalStateException(reason));
        }
        CompletableFuture<java.nio.file.Path> s;
        while ((s = saveRequests.poll()) != null) {
            s.completeExceptionally(new IllegalStateException(reason));
        }
    }

    /**
     * Blocks the training thread while paused, serving requests meanwhile.
     *
     * @param onPause called once when a pause begins (to emit an event)
     * @return false when the loop must stop
     */
    boolean awaitPermission(Runnable onPause, Runnable onResume) throws InterruptedException {
        boolean announced = false;
        while (true) {
            serveRequests();
            synchronized (lock) {
                if (stopRequested) {
                    return false;
                }
                if (!paused || stepsAllowed > 0) {
                    if (stepsAllowed > 0) {
                        stepsAllowed--;
                    } else if (announced) {
                        onResume.run();
                    }
                    return true;
                }
                if (!announced) {
                    announced = true;
                    onPause.run();
                }
                if (requests.isEmpty() && saveRequests.isEmpty()) {
                    lock.wait(100);
                }
            }
        }
    }

    /** The config given to {@link #update} since the last call, or null. */
    TrainingConfig takePendingConfig() {
        synchronized (lock) {
            TrainingConfig c = pendingConfig;
            pendingConfig = null;
            return c;
        }
    }

    boolean stopRequested() {
        synchronized (lock) {
            return stopRequested;
        }
    }

    /** Runs queued requests; only the training thread calls this. */
    void serveRequests() {
        if (trainer == null) {
            return;
        }
        Request<?> r;
        while ((r = requests.poll()) != null) {
            r.runOn(trainer);
        }
        CompletableFuture<java.nio.file.Path> s;
        while ((s = saveRequests.poll()) != null) {
            try {
                s.complete(saveAction.save());
            } catch (java.io.IOException | RuntimeException e) {
                s.completeExceptionally(e);
            }
        }
    }
}
