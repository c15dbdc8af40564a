package pk.hifazat.intake;

import java.util.List;

import pk.hifazat.identifiers.FileHash;

/**
 * A file a report names, by its hashes only: the file itself is never part of a report.
 *
 * @param hashes           at least one of MD5, SHA-1, SHA-256 and PDQ
 * @param viewedByPlatform whether the platform's staff looked at it; null when not said
 * @param classification   the platform's classification, if it gave one
 * @param addition         the reporter's later addition that named it; null when the report itself did
 * @param pdqQuality       PDQ's quality of the image, when whoever hashed it said; null otherwise
 * @param pdqVariants      the PDQ hashes of the image's turns and mirrors, when the image was at hand
 */
public record ReportedFile(List<FileHash> hashes, Boolean viewedByPlatform, Boolean publiclyAvailable,
                           Classification classification, AdditionId addition, Integer pdqQuality,
                           List<FileHash> pdqVariants) {

    public ReportedFile {
        hashes = List.copyOf(hashes);
        pdqVariants = pdqVariants == null ? List.of() : List.copyOf(pdqVariants);
    }

    /** A file known only by its hashes. */
    public ReportedFile(List<FileHash> hashes, Boolean viewedByPlatform, Boolean publiclyAvailable,
                        Classification classification, AdditionId addition) {
        this(hashes, viewedByPlatform, publiclyAvailable, classification, addition, null, List.of());
    }
}
