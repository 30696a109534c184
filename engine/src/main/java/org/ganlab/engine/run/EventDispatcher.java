package org.ganlab.engine.run;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.ganlab.engine.train.TrainingEvent;
import org.ganlab.engine.train.TrainingListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a run's events to its listener on a thread of its own, in order, so that publishing
 * never blocks training. Ends after delivering a terminal event.
 *
 * <p>An observer (the training doctor) may see each event on the publishing thread as it is
 * published and publish events of its own in reply: they follow the event they answer, except
 * that the observer sees a terminal event before it is queued, so its last words still arrive.
 */
final class EventDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

    private final BlockingQueue<TrainingEvent> queue = new LinkedBlockingQueue<>();
    private final CountDownLatch drained = new CountDownLatch(1);
    private final TrainingListener listener;
    private volatile TrainingListener observer;

    EventDispatcher(TrainingListener listener) {
        this.listener = listener;
        Thread thread = new Thread(this::deliver, "ganlab-events");
        thread.setDaemon(true);
        thread.start();
    }

    void publish(TrainingEvent event) {
        if (event.isTerminal()) {
            observe(event);
        }
        queue.add(event);
        if (!event.isTerminal()) {
            observe(event);
        }
    }

    /** Lets {@code observer} see every later event on the publishing thread; it must be cheap. */
    void observeWith(TrainingListener observer) {
        this.observer = observer;
    }

    private void observe(TrainingEvent event) {
        TrainingListener o = observer;
        if (o != null) {
            try {
                o.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("The run's observer failed on {}", event.getClass().getSimpleName(), e);
            }
        }
    }

    /** True once the terminal event has reached the listener. */
    boolean awaitDrained(long timeout, TimeUnit unit) throws InterruptedException {
        return drained.await(timeout, unit);
    }

    private void deliver() {
        try {
            while (true) {
                TrainingEvent event = queue.take();
                try {
                    listener.onEvent(event);
                } catch (RuntimeException e) {
                    LOG.warn("A training listener failed on {}", event.getClass().getSimpleName(), e);
                }
                if (event.isTerminal()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            drained.countDown();
        }
    }
}
