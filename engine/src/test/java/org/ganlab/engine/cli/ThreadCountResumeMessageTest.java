package org.ganlab.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.ganlab.engine.checkpoint.Checkpoint;
import org.ganlab.engine.checkpoint.CheckpointFile;
import org.ganlab.engine.checkpoint.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --resume} says when it continues on another thread count than the checkpoint recorded. */
class ThreadCountResumeMessageTest {

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    private Path tinyRun() {
        Path run = dir.resolve("ring");
        assertEquals(0, cli.run("train", "--model", "mlp2d", "--hidden", "8", "--batch", "32", "--iterations", "6",
                "--checkpoint-minutes", "0", "--out", run.toString()), cli.err());
        return run;
    }

    @Test
    void aCheckpointRecordsTheThreadCountItsRunTrainedWith() throws Exception {
        Provenance p = CheckpointFile.read(tinyRun().resolve(CheckpointFile.FILE_NAME)).provenance();

        assertEquals(1, p.threads(), "a small model trains on one thread");
    }

    @Test
    void resumingOnAnotherThreadCountSaysTheContinuationIsNotBitIdentical() throws Exception {
        Path run = tinyRun();
        Path file = run.resolve(CheckpointFile.FILE_NAME);
        Checkpoint c = CheckpointFile.read(file);
        Provenance p = c.provenance();
        Provenance onTwo = new Provenance(p.engineVersion(), p.nd4jVersion(), p.backend(), p.os(), p.java(), p.created(), 2);
        CheckpointFile.write(new Checkpoint(c.config(), c.imageShape(), c.classCount(), c.state(), onTwo, c.data()), file);
        cli.clear();

        assertEquals(0, cli.run("train", "--resume", run.toString(), "--iterations", "8"), cli.err());
        assertTrue(cli.out().contains("warning: this run was saved training on 2 threads and continues on 1 thread:"
                + " on another thread count some sums may add in another order, so from here it may not be bit-identical"), cli.out());
    }

    @Test
    void resumingOnTheSameThreadCountSaysNothingAboutThreads() {
        Path run = tinyRun();
        cli.clear();

        assertEquals(0, cli.run("train", "--resume", run.toString(), "--iterations", "8"), cli.err());
        assertFalse(cli.out().contains("thread count"), cli.out());
    }
}
