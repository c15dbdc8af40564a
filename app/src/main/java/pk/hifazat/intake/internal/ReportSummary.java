package pk.hifazat.intake.internal;

import java.time.Instant;

import pk.hifazat.intake.IncidentType;
import pk.hifazat.intake.ReceiptCode;
import pk.hifazat.intake.ReportAnnotation;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportSource;
import pk.hifazat.intake.ReportStatus;

/** A line of the incoming list: what a report is, not what it says. */
public record ReportSummary(ReportId id, ReceiptCode receipt, ReportSource source, String organisation,
                            String externalId, Instant receivedAt, IncidentType incidentType, ReportStatus status,
                            int persons, int files, ReportAnnotation category, boolean urgent,
                            String districtCode) {
}
