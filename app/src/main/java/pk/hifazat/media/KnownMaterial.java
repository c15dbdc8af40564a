package pk.hifazat.media;

import java.util.List;

import pk.hifazat.intake.ReportId;

/**
 * What matching found in a report's files, for the pages that show a report (triage, intake). Nothing
 * here checks jurisdiction or audits: the caller has checked with {@code Access} that the user may
 * see the report, and audits what it shows.
 */
public interface KnownMaterial {

    /** The report's matches against live entries, by file position and distance. */
    List<MaterialMatch> matchesOf(ReportId report);

    /** The report's matches and its files that are still unknown material. */
    ReportMaterial materialOf(ReportId report);
}
