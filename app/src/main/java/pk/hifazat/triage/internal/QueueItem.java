package pk.hifazat.triage.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import pk.hifazat.triage.Priority;

/**
 * One cluster of reports in one unit's queue: what the queue lists and the cluster page heads with.
 *
 * @param district         the district in force: an analyst's, else the one decided from the reports; null when unknown
 * @param districtRule     how it was decided ({@link DistrictRule#OVERRIDE} for an analyst's)
 * @param districtReports  how many of the cluster's reports name that district themselves
 * @param queueUnit        the unit whose queue it is in (re-routed, or where its district sends it)
 * @param reasons          the codes of the rules that hold, most urgent first
 * @param overridden       whether an analyst set the priority
 */
public record QueueItem(UUID cluster, String district, DistrictRule districtRule, int districtReports, UUID queueUnit,
                 Priority priority, Priority computedPriority, boolean overridden, List<String> reasons,
                 Integer youngestAge, String abroadCountry, int reportCount, int districtCount, boolean hasPublic,
                 boolean hasIndustry, Instant firstReceivedAt, Instant queuedAt, QueueStatus status, String claimedBy,
                 Instant claimedAt, Instant escalatedAt, UUID escalatedTo, String outcome, String overrideReason) {
}
