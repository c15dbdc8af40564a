package pk.hifazat.intake.internal;

import java.util.ArrayList;
import java.util.List;

import pk.hifazat.identifiers.FileHash;
import pk.hifazat.identifiers.HashAlgorithm;

/** A stored file's hashes as readers get them: those it has, always in the order MD5, SHA-1, SHA-256, PDQ. */
final class FileHashes {

    private FileHashes() {
    }

    static List<FileHash> of(String md5, String sha1, String sha256, String pdq) {
        List<FileHash> hashes = new ArrayList<>(4);
        add(md5, HashAlgorithm.MD5, hashes);
        add(sha1, HashAlgorithm.SHA1, hashes);
        add(sha256, HashAlgorithm.SHA256, hashes);
        add(pdq, HashAlgorithm.PDQ, hashes);
        return hashes;
    }

    private static void add(String hex, HashAlgorithm algorithm, List<FileHash> hashes) {
        if (hex != null) {
            hashes.add(new FileHash(algorithm, hex));
        }
    }
}
