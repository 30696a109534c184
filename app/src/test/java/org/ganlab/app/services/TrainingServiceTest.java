package org.ganlab.app.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.ganlab.engine.train.TrainingConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One trainer at a time: a run abandoned by Reset is waited for, never overlapped. A tiny 2-D run. */
class TrainingServiceTest {

    @TempDir
    Path root;

    private final TrainingService service = new TrainingService();

    private static TrainingConfig tiny() {
        return TrainingConfig.defaults().edit(b -> {
            b.dataset = "ring8";
            b.model = "mlp2d";
            b.batchSize = 32;
            b.latentSize = 2;
            b.hiddenUnits = 16;
            b.iterations = 100_000;
            b.epochs = 1;
            b.snapshotEvery = 1000;
        });
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        service.stop();
        service.awaitStopped(Duration.ofSeconds(30));
    }

    @Test
    void aNewRunWaitsUntilTheAbandonedOneHasSavedItself() throws Exception {
        service.start(tiny(), root.resolve("first"));
        service.abandon();

        assertFalse(service.isAlive(), "the page has forgotten it");
        assertTrue(service.anyRunAlive(), "but it is still saving");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> service.start(tiny(), root.resolve("second")));
        assertEquals("the previous run is still saving its checkpoint: try again in a moment", refused.getMessage());

        assertTrue(service.awaitStopped(Duration.ofSeconds(60)));
        assertFalse(service.anyRunAlive());
        assertTrue(Files.isRegularFile(root.resolve("first/checkpoint.zip")), "the abandoned run saved");
        service.start(tiny(), root.resolve("second"));
        assertTrue(service.isAlive());
    }
}
