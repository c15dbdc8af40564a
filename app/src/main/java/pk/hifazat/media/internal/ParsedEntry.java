package pk.hifazat.media.internal;

import java.util.HexFormat;
import java.util.Optional;

import pk.hifazat.identifiers.FileHash;
import pk.hifazat.identifiers.HashAlgorithm;

/** One entry read from a hash list, its hashes as bytes; category and series null when the list gives none. */
record ParsedEntry(byte[] md5, byte[] sha1, byte[] sha256, byte[] pdq, Integer pdqQuality, String category,
                   String series, boolean victimIdentified) {

    boolean hasAnyHash() {
        return md5 != null || sha1 != null || sha256 != null || pdq != null;
    }

    /** The hash's bytes, or empty when it is not a hash of that kind (wrong length, not hexadecimal). */
    static Optional<byte[]> bytes(HashAlgorithm algorithm, String written) {
        return FileHash.of(algorithm, written).map(h -> HexFormat.of().parseHex(h.hex()));
    }

    /** Text no longer than a column should hold, or null for nothing. */
    static String text(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }
}
