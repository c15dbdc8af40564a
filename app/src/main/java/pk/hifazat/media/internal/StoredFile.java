package pk.hifazat.media.internal;

import java.util.List;
import java.util.UUID;

import pk.hifazat.identifiers.FileHash;
import pk.hifazat.identifiers.HashAlgorithm;
import pk.hifazat.intake.ReportId;

/**
 * A report's file as this module keeps it: its position among the report's files and its hashes as
 * bytes. A PDQ quality is known only for images hashed here; industry reports give none, and a PDQ
 * hash without one is taken as usable.
 */
record StoredFile(ReportId report, int file, byte[] md5, byte[] sha1, byte[] sha256, byte[] pdq, Integer pdqQuality) {

    static final int USABLE_QUALITY = 50;

    static StoredFile of(ReportId report, int file, List<FileHash> hashes) {
        return new StoredFile(report, file, bytes(hashes, HashAlgorithm.MD5), bytes(hashes, HashAlgorithm.SHA1),
                bytes(hashes, HashAlgorithm.SHA256), bytes(hashes, HashAlgorithm.PDQ), null);
    }

    /** The report and position, as one text: what tells two files apart. */
    String key() {
        return key(report.value(), file);
    }

    static String key(UUID report, int file) {
        return report + "/" + file;
    }

    byte[] hash(HashAlgorithm algorithm) {
        return switch (algorithm) {
            case MD5 -> md5;
            case SHA1 -> sha1;
            case SHA256 -> sha256;
            case PDQ -> pdq;
        };
    }

    /** A PDQ hash good enough to match on: known quality under 50 is kept, never matched. */
    boolean hasUsablePdq() {
        return pdq != null && (pdqQuality == null || pdqQuality >= USABLE_QUALITY);
    }

    private static byte[] bytes(List<FileHash> hashes, HashAlgorithm algorithm) {
        return hashes.stream().filter(h -> h.algorithm() == algorithm).findFirst()
                .flatMap(h -> ParsedEntry.bytes(algorithm, h.hex())).orElse(null);
    }
}
