package pk.hifazat.media;

import java.util.List;
import java.util.Objects;
import pk.hifazat.intake.ReportId;

/**
 * What matching found in one report's files.
 *
 * @param matches      the new matches of its files against the enabled banks
 * @param unknownFiles the positions of its files with a usable PDQ hash that match no bank: unknown
 *                     material, a possible new victim
 */
public record ReportMaterial(ReportId report, List<MaterialMatch> matches, List<Integer> unknownFiles) {

    public ReportMaterial {
        Objects.requireNonNull(report, "a report");
        matches = List.copyOf(matches);
        unknownFiles = List.copyOf(unknownFiles);
    }

    public boolean hasKnownMaterial() {
        return !matches.isEmpty();
    }

    public boolean hasUnknownMaterial() {
        return !unknownFiles.isEmpty();
    }
}
