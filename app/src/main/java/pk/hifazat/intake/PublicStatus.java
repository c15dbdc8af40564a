package pk.hifazat.intake;

import java.time.Instant;

/** What the receipt page may show: the coarse status and when the report arrived, nothing more. */
public record PublicStatus(ReceiptCode code, ReportStatus status, Instant receivedAt) {
}
