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
 */
public record ReportedFile(List<FileHash> hashes, Boolean viewedByPlatform, Boolean publiclyAvailable,
                           Classification classification, AdditionId addition) {

    public ReportedFile {
        hashes = List.copyOf(hashes);
    }
}
