package pk.hifazat.media;

import java.util.Objects;
import pk.hifazat.identifiers.HashAlgorithm;

/**
 * One file of a report matched one bank entry.
 *
 * @param file             the file's position among the report's files
 * @param algorithm        the hash that matched: exact for MD5/SHA-1/SHA-256, near for PDQ
 * @param distance         0 for an exact match; the PDQ Hamming distance otherwise
 * @param category         the entry's category (the bank's default when the entry gives none)
 * @param series           the entry's series, null when not known
 * @param victimIdentified whether the entry's victim is already identified
 */
public record MaterialMatch(int file, BankId bank, String bankName, long entry, HashAlgorithm algorithm,
                            int distance, String category, String series, boolean victimIdentified) {

    public MaterialMatch {
        Objects.requireNonNull(bank, "a bank");
        Objects.requireNonNull(algorithm, "the hash that matched");
        if (distance < 0 || distance > 256) {
            throw new IllegalArgumentException("a distance between 0 and 256: " + distance);
        }
    }
}
