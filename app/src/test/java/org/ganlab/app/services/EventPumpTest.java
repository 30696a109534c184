package org.ganlab.app.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.ganlab.app.support.Events;
import org.ganlab.app.support.FakeTrainer;
import org.ganlab.engine.train.TrainingEvent;
import org.junit.jupiter.api.Test;

class EventPumpTest {

    private static final long PERIOD = 100_000_000L;

    private final FakeTrainer trainer = new FakeTrainer();
    private final List<List<TrainingEvent>> batches = new ArrayList<>();
    private final AtomicInteger seconds = new AtomicInteger();
    private final ArrayDeque<Runnable> fx = new ArrayDeque<>();
    private final AtomicLong clock = new AtomicLong();
    private final EventPump pump = new EventPump(trainer, batches::add, seconds::incrementAndGet, PERIOD,
            fx::add, clock::get);

    @Test
    void aHandOverDeliversEverythingQueuedSinceTheLastAsOneBatch() {
        trainer.queued.addAll(List.of(Events.step(1), Events.step(2)));
        pump.handOver(0);
        pump.handOver(PERIOD);
        trainer.queued.add(Events.step(3));
        pump.handOver(2 * PERIOD);

        assertEquals(2, batches.size(), "an empty drain hands nothing over");
        assertEquals(2, batches.get(0).size());
        assertEquals(1, batches.get(1).size());
    }

    @Test
    void everySecondRunsOnceASecondOfHandOvers() {
        for (int i = 0; i <= 25; i++) {
            pump.handOver(i * PERIOD);
        }
        assertEquals(3, seconds.get(), "at 0, 1 and 2 s");
    }

    @Test
    void atMostOneHandOverWaitsOnTheUiThread() {
        pump.post();
        pump.post();
        pump.post();
        assertEquals(1, fx.size(), "the busy UI thread gets one hand-over, not a backlog");
        trainer.queued.add(Events.step(1));
        fx.poll().run();
        assertEquals(1, batches.size());
        pump.post();
        assertEquals(1, fx.size(), "the next one queues once the last has run");
    }
}
