package org.hifazat.pdq;

import java.util.Objects;

/**
 * A PDQ hash with the quality PDQ computed for the same image.
 *
 * @param hash    the hash
 * @param quality 0–100, how much gradient the image has; hashes below {@link #DEFAULT_QUALITY_FLOOR}
 *                are unreliable for matching (flat or nearly flat images)
 */
public record PdqResult(PdqHash hash, int quality) {

    /** Quality below which hashes are kept but not matched by default. */
    public static final int DEFAULT_QUALITY_FLOOR = 50;

    /** Validates the arguments. */
    public PdqResult {
        Objects.requireNonNull(hash, "hash");
        if (quality < 0 || quality > 100) {
            throw new IllegalArgumentException("quality must be 0..100, not " + quality);
        }
    }
}
