package org.ganlab.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.ganlab.engine.train.TrainingEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests made of a run that has ended fail at once with a message, instead of never completing. */
class EndedRunTest {

    @TempDir
    Path dir;

    @Test
    void liveViewSaveAndGenerateOnAFinishedRunFailAtOnceSayingWhy() throws Exception {
        EventRecorder events = new EventRecorder();
        TrainingRun run = TrainingRun.start(Toy.ring(5), dir.resolve("run"), events);
        assertInstanceOf(TrainingEvent.RunFinished.class, events.awaitEnd());
        assertTrue(run.awaitTermination(Duration.ofSeconds(10)));

        List<CompletableFuture<?>> requests = List.of(run.generate(new float[4], 1), run.saveCheckpoint(),
                run.discriminatorAt(new float[] {0, 0}), run.generatorPush(new float[] {0, 0}));
        for (CompletableFuture<?> request : requests) {
            assertTrue(request.isCompletedExceptionally(), "completed at once, not left waiting");
            ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, request::get);
            assertEquals("the run has ended; what it saved is in " + dir.resolve("run"), e.getCause().getMessage());
        }
    }
}
