package pk.hifazat.intake;

import java.util.List;

/**
 * A file the report concerns, as hashes: the file itself never travels with a report. At least
 * one hash; PDQ for images. {@code viewedByPlatform} tells whether a person at the platform looked
 * at it (a viewed file is confirmed, an unviewed one only matched).
 *
 * <p>Whoever hashed the image itself may add what PDQ said of it: {@code pdqQuality} (0–100; under
 * 50 the hash is kept but never matched) and {@code pdqVariants}, the hashes of its seven turns and
 * mirrors, so that a turned or mirrored copy of known material is still found. Public tips bring
 * both, since the image is at hand there and nowhere after.
 */
public record MediaFile(String fileName, String sourceUrl, String md5, String sha1, String sha256, String pdq,
                        Boolean viewedByPlatform, Boolean publiclyAvailable, Classification classification,
                        List<FileAnnotation> annotations, IpCapture uploadedFrom, Integer pdqQuality,
                        List<String> pdqVariants) {

    /** At most this many variants: the eight turns and mirrors of an image less the original. */
    public static final int MAX_PDQ_VARIANTS = 7;

    public MediaFile {
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
        pdqVariants = pdqVariants == null ? List.of() : List.copyOf(pdqVariants);
    }

    /** A file as most reporters give it: hashes and what the platform knows, nothing of PDQ's own. */
    public MediaFile(String fileName, String sourceUrl, String md5, String sha1, String sha256, String pdq,
                     Boolean viewedByPlatform, Boolean publiclyAvailable, Classification classification,
                     List<FileAnnotation> annotations, IpCapture uploadedFrom) {
        this(fileName, sourceUrl, md5, sha1, sha256, pdq, viewedByPlatform, publiclyAvailable, classification,
                annotations, uploadedFrom, null, List.of());
    }
}
