package pk.hifazat.intake;

import java.time.Instant;
import java.util.UUID;

/** A reporter added information to a report they had made, using its receipt code. Ids only. */
public record ReportInformationAdded(ReportId report, UUID addition, Instant addedAt) {
}
