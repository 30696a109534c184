package org.ganlab.engine.checkpoint;

import java.time.Instant;

/**
 * Where a checkpoint came from, saved beside its weights so an old run can be explained later.
 *
 * @param engineVersion GAN Lab's version
 * @param backend       e.g. "CPU · oneDNN AVX2 · 2 threads"
 * @param created       ISO-8601 instant
 * @param threads       ND4J threads the run trained with (a resume on another count is not
 *                      bit-identical); 0 in checkpoints saved before it was recorded
 */
public record Provenance(String engineVersion, String nd4jVersion, String backend, String os,
                         String java, String created, int threads) {

    /** Provenance without a recorded thread count, as older checkpoints have it. */
    public Provenance(String engineVersion, String nd4jVersion, String backend, String os, String java, String created) {
        this(engineVersion, nd4jVersion, backend, os, java, created, 0);
    }

    public static Provenance here(String backend) {
        return here(backend, 0);
    }

    /** This machine and build, for a run training on {@code threads} ND4J threads. */
    public static Provenance here(String backend, int threads) {
        String version = Provenance.class.getPackage().getImplementationVersion();
        return new Provenance(version == null ? "dev" : version, "1.0.0-M2.1", backend,
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                System.getProperty("java.version"), Instant.now().toString(), threads);
    }
}
