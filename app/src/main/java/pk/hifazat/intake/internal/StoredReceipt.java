package pk.hifazat.intake.internal;

import java.time.Instant;

import pk.hifazat.intake.ReceiptCode;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportStatus;

/** What an organisation may learn about its own report: that it arrived, and its coarse status. */
public record StoredReceipt(ReportId id, ReceiptCode receipt, String externalId, ReportStatus status,
                            Instant receivedAt) {
}
