package pk.hifazat.intake;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A reporter added information to a report they had made, using its receipt code. Ids only: the
 * addition is part of the report that {@link ReceivedReports#byId} reads.
 */
@DomainEvent
public record ReportInformationAdded(ReportId report, AdditionId addition, Instant addedAt) {
}
