package org.ganlab.engine.run;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.ganlab.engine.train.TrainingEvent;
import org.ganlab.engine.train.TrainingListener;

/** Keeps every event of a run and lets a test wait for one. */
class EventRecorder implements TrainingListener {

    private final List<TrainingEvent> events = new CopyOnWriteArrayList<>();
    private final CompletableFuture<TrainingEvent> end = new CompletableFuture<>();

    @Override
    public void onEvent(TrainingEvent event) {
        events.add(event);
        if (event.isTerminal()) {
            end.complete(event);
        }
    }

    TrainingEvent awaitEnd() throws Exception {
        return end.get(120, TimeUnit.SECONDS);
    }

    <T extends TrainingEvent> T await(Class<T> type, Predicate<T> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            for (TrainingEvent e : events) {
                if (type.isInstance(e) && condition.test(type.cast(e))) {
                    return type.cast(e);
                }
            }
            if (end.isDone() && !type.isInstance(end.join())) {
                throw new AssertionError("run ended before a matching " + type.getSimpleName() + ": " + end.join());
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no " + type.getSimpleName() + " within 120 s");
    }

    <T extends TrainingEvent> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    long lastIteration() {
        List<TrainingEvent.StepCompleted> steps = all(TrainingEvent.StepCompleted.class);
        return steps.isEmpty() ? 0 : steps.get(steps.size() - 1).iteration();
    }
}
