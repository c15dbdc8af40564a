package pk.hifazat.intake.internal.api;

import java.time.Instant;

import pk.hifazat.intake.Receipt;

/**
 * The answer to a report sent through the API.
 *
 * @param duplicate true when the organisation had sent this external id before: the receipt is the earlier report's
 */
record ReportAnswer(String receipt, String externalReportId, Instant receivedAt, boolean duplicate) {

    static ReportAnswer of(Receipt receipt, String externalReportId) {
        return new ReportAnswer(receipt.code().value(), externalReportId, receipt.receivedAt(), receipt.duplicate());
    }
}
