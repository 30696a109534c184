package org.ganlab.engine.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ganlab.engine.doctor.TrainingDoctor;
import org.ganlab.engine.train.GanTrainer;
import org.ganlab.engine.train.TrainingConfig;
import org.ganlab.engine.train.TrainingData;
import org.ganlab.engine.train.TrainingEvent;
import org.ganlab.engine.train.TrainingEvent.StepCompleted;
import org.junit.jupiter.api.Test;

class BenchmarkTest {

    @Test
    void everyModelRunsAtTheGoalBatchesAndItsTrainingBatch() {
        assertEquals(128, Benchmark.trainingBatch("dcgan"), "ganlab train's --batch default");
        assertEquals(List.of(64, 128), Benchmark.defaultBatches("mlp"));
        assertEquals(List.of(64, 128), Benchmark.defaultBatches("dcgan"));
        assertEquals(List.of(64, 128, 256), Benchmark.defaultBatches("mlp2d"), "mlp2d trains at 256");
    }

    @Test
    void theMlpsDenseGemmsAreListedLayerByLayer() {
        List<GemmProbe.DenseShape> shapes = GemmProbe.denseShapes("mlp", 128);
        List<String> described = shapes.stream().map(s -> s.network() + s.index() + " " + s.in() + "x" + s.out()).toList();
        assertEquals(List.of("G1 100x256", "G2 256x512", "G3 512x1024", "G4 1024x784",
                "D1 784x512", "D2 512x256", "D3 256x1"), described);
        assertTrue(shapes.stream().allMatch(s -> s.batch() == 128));
        assertEquals(3 * 2.0 * 128 * 1024 * 784 / 1e6, shapes.get(3).megaflopsForwardBackward(), 1e-9);
    }

    @Test
    void theTimedStepsReachTheDoctorPastItsWarmUp() throws Exception {
        TrainingConfig config = TrainingConfig.defaults().withBatchSize(16).withSnapshotEvery(10);
        TrainingData data = TrainingData.of(Benchmark.randomImages(64));
        GanTrainer trainer = new GanTrainer(config, data);
        List<TrainingEvent> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        DoctorTimer doctor = DoctorTimer.start(config, trainer, data, seen::add);
        doctor.prime(List.of(trainer.step(), trainer.step()));
        for (int i = 0; i < 10; i++) {
            doctor.observe(trainer.step());
        }
        doctor.finish();
        List<StepCompleted> steps = awaitEnd(seen).stream()
                .filter(e -> e instanceof StepCompleted).map(e -> (StepCompleted) e).toList();
        long primed = TrainingDoctor.WARMUP + TrainingDoctor.CHECK_EVERY;
        assertEquals(primed + 10, steps.size(), "the warm-up replayed to " + primed + ", then the 10 timed steps");
        long last = primed + 10;
        assertEquals(last, steps.get(steps.size() - 1).iteration());
        assertTrue(seen.stream().anyMatch(e -> e instanceof TrainingEvent.DiversityMeasured d && d.iteration() == last),
                "a snapshot at iteration " + last + ", a multiple of snapshotEvery");
        assertTrue(seen.stream().anyMatch(e -> e instanceof TrainingEvent.Verdict v
                        && v.iteration() > primed && !v.current().summary().startsWith("too early")),
                "the doctor judged the timed steps: " + seen.stream().filter(e -> e instanceof TrainingEvent.Verdict).toList());
    }

    /** The events up to the terminal one, which the event thread delivers last. */
    private static List<TrainingEvent> awaitEnd(List<TrainingEvent> seen) throws InterruptedException {
        for (int i = 0; i < 500 && seen.stream().noneMatch(TrainingEvent::isTerminal); i++) {
            Thread.sleep(10);
        }
        return seen;
    }
}
