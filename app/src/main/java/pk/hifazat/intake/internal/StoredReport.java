package pk.hifazat.intake.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import pk.hifazat.intake.ReceiptCode;
import pk.hifazat.intake.ReportContent;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportSource;
import pk.hifazat.intake.ReportStatus;
import pk.hifazat.intake.ReporterContact;

/** A report in full, as stored: normalised content, the raw payload, and what was added later. */
public record StoredReport(ReportId id, ReceiptCode receipt, ReportSource source, UUID organisationId,
                           String organisation, String externalId, Instant receivedAt, ReportStatus status,
                           ReportContent content, ReporterContact contact, String raw, List<Addition> additions) {

    public record Addition(UUID id, Instant addedAt, ReportContent content, ReporterContact contact) {
    }
}
