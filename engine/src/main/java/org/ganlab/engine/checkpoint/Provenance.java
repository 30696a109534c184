package org.ganlab.engine.checkpoint;

import java.time.Instant;

/**
 * Where a checkpoint came from, saved beside its weights so an old run can be explained later.
 *
 * @param engineVersion GAN Lab's version
 * @param backend       e.g. "CPU · oneDNN AVX2 · 2 threads"
 * @param created       ISO-8601 instant
 */
public record Provenance(String engineVersion, String nd4jVersion, String backend, String os,
                         String java, String created) {

    public static Provenance here(String backend) {
        String version = Provenance.class.getPackage().getImplementationVersion();
        return new Provenance(version == null ? "dev" : version, "1.0.0-M2.1", backend,
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                System.getProperty("java.version"), Instant.now().toString());
    }
}
