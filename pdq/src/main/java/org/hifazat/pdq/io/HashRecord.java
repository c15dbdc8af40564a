package org.hifazat.pdq.io;

import java.util.Objects;
import org.hifazat.pdq.PdqHash;

/**
 * One line of a hash file.
 *
 * @param hash    the hash
 * @param quality its quality, 0–100 ({@value #ASSUMED_QUALITY} for plain lines that carry none)
 * @param name    the name after the quality (a file path, an id); empty if the line has none
 * @param line    the line number in the file, from 1
 */
public record HashRecord(PdqHash hash, int quality, String name, long line) {

    /** The quality given to lines that are just a hash: good enough to be matched. */
    public static final int ASSUMED_QUALITY = 100;

    /** Validates the fields. */
    public HashRecord {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(name, "name");
        if (quality < 0 || quality > 100) {
            throw new IllegalArgumentException("quality must be 0..100, not " + quality);
        }
    }
}
