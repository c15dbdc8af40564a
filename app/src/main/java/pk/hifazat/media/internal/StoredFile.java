package pk.hifazat.media.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.hifazat.pdq.PdqHash;

import pk.hifazat.identifiers.FileHash;
import pk.hifazat.identifiers.HashAlgorithm;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportedFile;

/**
 * A report's file as this module keeps it: its position among the report's files and its hashes as
 * bytes. A PDQ quality is known only for images hashed here; industry reports give none.
 * {@code pdqVariants} holds the hashes of the image's turns and mirrors, 32 bytes each, one after the
 * other, when the image was at hand (a public tip's upload); null otherwise.
 */
record StoredFile(ReportId report, int file, byte[] md5, byte[] sha1, byte[] sha256, byte[] pdq, Integer pdqQuality,
                  byte[] pdqVariants) implements HashedFile {

    StoredFile(ReportId report, int file, byte[] md5, byte[] sha1, byte[] sha256, byte[] pdq, Integer pdqQuality) {
        this(report, file, md5, sha1, sha256, pdq, pdqQuality, null);
    }

    private static final int VARIANT_BYTES = 32;

    static StoredFile of(ReportId report, int position, ReportedFile file) {
        List<FileHash> hashes = file.hashes();
        return new StoredFile(report, position, bytes(hashes, HashAlgorithm.MD5), bytes(hashes, HashAlgorithm.SHA1),
                bytes(hashes, HashAlgorithm.SHA256), bytes(hashes, HashAlgorithm.PDQ), file.pdqQuality(),
                variants(file.pdqVariants()));
    }

    /** The report and position, as one text: what tells two files apart. */
    String key() {
        return key(report.value(), file);
    }

    static String key(UUID report, int file) {
        return report + "/" + file;
    }

    @Override
    public byte[] hash(HashAlgorithm algorithm) {
        return switch (algorithm) {
            case MD5 -> md5;
            case SHA1 -> sha1;
            case SHA256 -> sha256;
            case PDQ -> pdq;
        };
    }

    /** The PDQ hash and, when known, its turns and mirrors. */
    @Override
    public List<PdqHash> pdqHashes() {
        List<PdqHash> all = new ArrayList<>(1 + (pdqVariants == null ? 0 : pdqVariants.length / VARIANT_BYTES));
        all.add(PdqBytes.hash(pdq));
        for (int at = 0; pdqVariants != null && at < pdqVariants.length; at += VARIANT_BYTES) {
            all.add(PdqBytes.hash(Arrays.copyOfRange(pdqVariants, at, at + VARIANT_BYTES)));
        }
        return all;
    }

    private static byte[] variants(List<FileHash> variants) {
        if (variants.isEmpty()) {
            return null;
        }
        ByteBuffer all = ByteBuffer.allocate(variants.size() * VARIANT_BYTES);
        variants.forEach(v -> all.put(ParsedEntry.bytes(HashAlgorithm.PDQ, v.hex()).orElseThrow()));
        return all.array();
    }

    private static byte[] bytes(List<FileHash> hashes, HashAlgorithm algorithm) {
        return hashes.stream().filter(h -> h.algorithm() == algorithm).findFirst()
                .flatMap(h -> ParsedEntry.bytes(algorithm, h.hex())).orElse(null);
    }
}
