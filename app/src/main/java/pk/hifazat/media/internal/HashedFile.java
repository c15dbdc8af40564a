package pk.hifazat.media.internal;

import java.util.List;

import org.hifazat.pdq.PdqHash;

import pk.hifazat.identifiers.HashAlgorithm;

/**
 * A file's hashes as matching reads them, whether a report brought the file or it was seized as a
 * case's evidence. A PDQ hash with a known quality under 50 is kept but never matched; one without a
 * quality (industry reports give none) is taken as usable.
 */
interface HashedFile {

    int USABLE_QUALITY = 50;

    /** The file's hash of the algorithm as bytes, or null when it has none. */
    byte[] hash(HashAlgorithm algorithm);

    Integer pdqQuality();

    /** What near matching searches with: the PDQ hash, and whatever a file knows of its turns and mirrors. */
    default List<PdqHash> pdqHashes() {
        return List.of(PdqBytes.hash(hash(HashAlgorithm.PDQ)));
    }

    default boolean hasUsablePdq() {
        return hash(HashAlgorithm.PDQ) != null && (pdqQuality() == null || pdqQuality() >= USABLE_QUALITY);
    }
}
