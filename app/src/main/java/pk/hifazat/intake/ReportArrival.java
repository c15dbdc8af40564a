package pk.hifazat.intake;

import java.time.Instant;
import java.util.Objects;

/**
 * One newly stored report, as {@link ReportsReceived} announces it.
 *
 * @param organisation the reporting organisation for an industry report, {@code null} for a public tip
 */
public record ReportArrival(ReportId report, ReportSource source, OrganisationId organisation, Instant receivedAt) {

    public ReportArrival {
        Objects.requireNonNull(report, "a report");
        Objects.requireNonNull(source, "a source");
        Objects.requireNonNull(receivedAt, "a time of receipt");
    }
}
