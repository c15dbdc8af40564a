package pk.hifazat.intake.internal.api;

import java.time.Instant;

import pk.hifazat.intake.ReportStatus;
import pk.hifazat.intake.internal.StoredReceipt;

/** What an organisation may learn about one of its reports: that it arrived, and its coarse status. */
record ReceiptAnswer(String receipt, String externalReportId, ReportStatus status, Instant receivedAt) {

    static ReceiptAnswer of(StoredReceipt stored) {
        return new ReceiptAnswer(stored.receipt().value(), stored.externalId(), stored.status(), stored.receivedAt());
    }
}
