package pk.hifazat.identifiers;

import java.util.Objects;
import java.util.Optional;

/**
 * A file's hash in its normal form: lower-case hexadecimal of exactly the length its algorithm
 * gives, so that the same file hashed by two platforms links. Built from what was written with
 * {@link #of}; the constructor refuses anything not already normal.
 */
public record FileHash(HashAlgorithm algorithm, String hex) {

    public FileHash {
        Objects.requireNonNull(algorithm, "algorithm");
        if (hex == null || !isNormal(algorithm, hex)) {
            throw new IllegalArgumentException("not a " + algorithm + " hash in lower-case hex ("
                    + algorithm.digits() + " digits): " + hex);
        }
    }

    /** The hash written, trimmed and lower-cased; empty unless it has exactly the algorithm's number of hex digits. */
    public static Optional<FileHash> of(HashAlgorithm algorithm, String written) {
        if (written == null) {
            return Optional.empty();
        }
        String hex = written.strip();
        if (hex.length() != algorithm.digits()) {
            return Optional.empty();
        }
        char[] lower = new char[hex.length()];
        for (int i = 0; i < lower.length; i++) {
            char c = hex.charAt(i);
            if (c >= 'A' && c <= 'F') {
                lower[i] = (char) (c + ('a' - 'A'));
            } else if (c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
                lower[i] = c;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new FileHash(algorithm, new String(lower)));
    }

    private static boolean isNormal(HashAlgorithm algorithm, String hex) {
        return hex.length() == algorithm.digits()
                && hex.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
    }
}
