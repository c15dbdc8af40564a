package pk.hifazat.triage.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import pk.hifazat.intake.ReportSource;
import pk.hifazat.triage.Priority;

/**
 * One report's own triage: the district it resolves to itself (null when it names none) and the
 * rule that found it, and the priority and reasons its own facts give.
 */
public record ReportRow(UUID report, UUID cluster, UUID duplicateOf, ReportSource source, Instant receivedAt,
                 String district, DistrictRule districtRule, String districtDetail, String abroadCountry,
                 Priority priority, List<String> reasons, Integer youngestAge) {
}
