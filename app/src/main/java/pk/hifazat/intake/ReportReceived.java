package pk.hifazat.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * A report was stored. Published in the transaction that stored it, so listeners (triage, media)
 * see it exactly when the report exists. It carries ids, never content: read the report for that.
 *
 * @param organisation the reporting organisation's id for an industry report, {@code null} for a public tip
 */
public record ReportReceived(ReportId report, ReportSource source, UUID organisation, Instant receivedAt) {
}
