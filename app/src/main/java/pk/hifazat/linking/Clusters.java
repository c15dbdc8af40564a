package pk.hifazat.linking;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pk.hifazat.intake.ReportId;

/**
 * Reading clusters and links. Nothing here checks jurisdiction: callers that show a link to a
 * person check it with {@code Access} first.
 */
public interface Clusters {

    Optional<ClusterId> clusterOf(ReportId report);

    /** The reports of a cluster, oldest first, at most {@code limit}. */
    List<ReportId> reportsIn(ClusterId cluster, int limit);

    /** How many reports a cluster has. */
    int size(ClusterId cluster);

    /**
     * For each identifier and file hash a report names, the other reports that name it (at most
     * {@code limit} each) and how strong the link is: what a report page shows as "this phone
     * number is in 7 other reports".
     */
    List<SharedIdentifier> sharedBy(ReportId report, int limit);

    /**
     * What each of these reports names that linking keys on (identifiers and file hashes; handles
     * left out), with the strength linking gives it now and how many other reports name it, but not
     * which: one query for up to {@link #MAX_BATCH} reports, for modules that follow every report.
     */
    Map<ReportId, List<SharedIdentifier>> namedBy(Collection<ReportId> reports);

    /** The most reports {@link #namedBy} takes at once. */
    int MAX_BATCH = 1000;

    /** Where linking placed a report: its cluster and the report it repeats, if any; empty until it is linked. */
    Optional<LinkedReport> linked(ReportId report);

    /** The reports marked duplicates of this one, oldest first, at most {@code limit}. */
    List<ReportId> duplicatesOf(ReportId report, int limit);
}
