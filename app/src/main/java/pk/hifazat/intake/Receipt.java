package pk.hifazat.intake;

import java.time.Instant;

/**
 * What a reporter gets back for a report.
 *
 * @param duplicate true when the organisation had already sent a report with the same external id:
 *                  the receipt is that earlier report's, and nothing new was stored
 */
public record Receipt(ReportId report, ReceiptCode code, Instant receivedAt, boolean duplicate) {
}
