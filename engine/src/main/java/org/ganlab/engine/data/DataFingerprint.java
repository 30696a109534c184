package org.ganlab.engine.data;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Tells one data set's content from another's cheaply, so a resumed run can warn when it trains
 * on other data than its checkpoint did (an image folder edited, an IDX file replaced): the name,
 * the number of examples and a hash of the first and of the last example.
 *
 * @param name      the data set's own name (e.g. {@code mnist} or an image folder's name)
 * @param count     examples trained on (after the subset); 0 for endless 2-D toy data
 * @param firstHash SHA-256 of the first example's pixels, 16 hex digits; empty when count is 0
 * @param lastHash  the same for the last example
 */
public record DataFingerprint(String name, long count, String firstHash, String lastHash) {

    public DataFingerprint {
        Objects.requireNonNull(name, "name");
        firstHash = firstHash == null ? "" : firstHash;
        lastHash = lastHash == null ? "" : lastHash;
    }

    /** Data defined by its name alone, such as a 2-D toy distribution drawn by code. */
    public static DataFingerprint named(String name) {
        return new DataFingerprint(name, 0, "", "");
    }

    public static DataFingerprint of(ImageDataset data) {
        if (data.count() == 0) {
            return named(data.name());
        }
        return new DataFingerprint(data.name(), data.count(), hash(data, 0), hash(data, data.count() - 1));
    }

    private static String hash(ImageDataset data, int image) {
        MessageDigest digest = sha256();
        for (int i = 0; i < data.pixelsPerImage(); i++) {
            digest.update((byte) data.pixel(image, i));
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * What to tell a person who continues the run saved in {@code checkpoint} on {@code now}; null
     * when the data is the same. {@code saved} is null for checkpoints written before fingerprints.
     */
    public static String resumeWarning(DataFingerprint saved, DataFingerprint now, Path checkpoint) {
        if (saved == null) {
            return checkpoint + " has no data fingerprint (it was saved by an older version), so GAN Lab "
                    + "cannot check that the data set '" + now.name() + "' is the one it was trained on";
        }
        if (saved.equals(now)) {
            return null;
        }
        return "the data set differs from the one " + checkpoint + " was trained on: it was "
                + saved.describe() + ", now it is " + now.describe() + "; training continues on the new data";
    }

    private String describe() {
        return count == 0 ? name : name + " with " + count + " examples (first " + firstHash + ", last " + lastHash + ")";
    }
}
