package pk.hifazat.media.internal;

import java.util.UUID;

import pk.hifazat.identifiers.HashAlgorithm;
import pk.hifazat.media.SeizedItem;

/** A file seized as a case's evidence as this module keeps it: named by case, item and name, its hashes as bytes. */
record SeizedFile(UUID caseId, UUID item, String name, byte[] sha256, byte[] pdq, Integer pdqQuality) implements HashedFile {

    static SeizedFile of(SeizedItem item, SeizedItem.File file) {
        return new SeizedFile(item.caseId(), item.item(), file.name(), bytes(HashAlgorithm.SHA256, file.sha256()),
                bytes(HashAlgorithm.PDQ, file.pdq()), file.quality());
    }

    @Override
    public byte[] hash(HashAlgorithm algorithm) {
        return switch (algorithm) {
            case SHA256 -> sha256;
            case PDQ -> pdq;
            case MD5, SHA1 -> null;
        };
    }

    /** The case, item and name as one text: what tells two seized files apart. */
    String key() {
        return caseId + "/" + item + "/" + name;
    }

    private static byte[] bytes(HashAlgorithm algorithm, String hex) {
        return hex == null ? null : ParsedEntry.bytes(algorithm, hex).orElse(null);
    }
}
