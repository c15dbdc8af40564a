package pk.hifazat.triage.internal;

import java.time.Instant;
import java.util.List;

import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportSource;

/**
 * What a report's priority is decided from, read once from the report and kept in
 * {@code triage_report}, so that the rules can score stored reports again in SQL.
 *
 * @param youngestAge     the youngest age a victim may have (an age, else the lower end of a range); null when none is said
 * @param severestClass   the most severe industry classification of its files (A1 first), null when none
 * @param accounts        the accounts it names (handles without case or platform, platform ids, profile addresses)
 */
record ReportFacts(ReportId report, ReportSource source, Instant receivedAt, DistrictResolution district,
                   String abroadCountry, boolean dangerNow, boolean liveStreaming, boolean contactAbuse,
                   Integer youngestAge, boolean suspectInPakistan, boolean suspectLocated, boolean sextortion,
                   boolean grooming, boolean sadistic, String severestClass, boolean hasPerson, boolean hasVictim,
                   boolean hasPlace, List<String> accounts) {
}
