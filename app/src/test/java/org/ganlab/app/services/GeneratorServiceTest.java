package org.ganlab.app.services;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ganlab.app.support.Events;
import org.ganlab.app.support.FakeTrainer;
import org.ganlab.engine.train.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved generators loaded once per run and checkpoint; labels passed through to the generator. */
class GeneratorServiceTest {

    @TempDir
    Path root;

    private final FakeTrainer trainer = new FakeTrainer();
    private final List<Path> loads = new ArrayList<>();
    private final List<int[]> labelsAsked = new ArrayList<>();

    /** Counts loads; the loaded "generator" records the labels it is asked for. */
    private final GeneratorService.Loader loader = dir -> {
        loads.add(dir);
        return (latent, labels, count) -> {
            labelsAsked.add(labels);
            return Events.samples(count, 0.5f);
        };
    };

    private Path run(String name) throws Exception {
        Path dir = Files.createDirectories(root.resolve(name));
        Files.writeString(dir.resolve(RunFolderService.CHECKPOINT), "weights of " + name);
        return dir;
    }

    @Test
    void aSavedGeneratorIsLoadedOnceForManyRequests() throws Exception {
        Path r1 = run("r1");
        GeneratorService service = new GeneratorService(trainer, loader);
        for (int i = 0; i < 10; i++) {
            assertEquals(3, service.generate(r1, false, new float[3 * 100], null, 3).count());
        }
        assertEquals(List.of(r1), loads);
        assertEquals(10, labelsAsked.size());
    }

    @Test
    void anotherRunOrANewCheckpointIsLoadedAgain() throws Exception {
        Path r1 = run("r1");
        Path r2 = run("r2");
        GeneratorService service = new GeneratorService(trainer, loader);
        service.generate(r1, false, new float[100], null, 1);
        service.generate(r2, false, new float[100], null, 1);
        service.generate(r2, false, new float[100], null, 1);
        assertEquals(List.of(r1, r2), loads);

        Path checkpoint = r2.resolve(RunFolderService.CHECKPOINT);
        FileTime before = Files.getLastModifiedTime(checkpoint);
        Files.writeString(checkpoint, "weights of r2, trained on");
        Files.setLastModifiedTime(checkpoint, FileTime.fromMillis(before.toMillis() + 60_000));
        service.generate(r2, false, new float[100], null, 1);
        assertEquals(List.of(r1, r2, r2), loads, "the run's checkpoint changed");
    }

    @Test
    void aConditionalRequestAsksForExactlyTheCountWithTheChosenLabel() throws Exception {
        int[] sevens = new int[64];
        Arrays.fill(sevens, 7);
        trainer.alive = true;
        GeneratorService service = new GeneratorService(trainer, loader);

        Samples live = service.generate(root, true, new float[64 * 100], sevens, 64);
        assertEquals(64, live.count());
        assertEquals(1, trainer.generated.size());
        assertEquals(64, trainer.generated.get(0).count(), "no extra images to throw away");
        assertArrayEquals(sevens, trainer.generated.get(0).labels());

        trainer.alive = false;
        Samples saved = service.generate(run("r1"), true, new float[64 * 100], sevens, 64);
        assertEquals(64, saved.count());
        assertArrayEquals(sevens, labelsAsked.get(0));
        assertTrue(loads.size() == 1, "the run ended: its saved generator answers");
    }
}
