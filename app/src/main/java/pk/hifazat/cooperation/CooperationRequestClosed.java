package pk.hifazat.cooperation;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;

import pk.hifazat.cases.CaseId;

/**
 * A request was closed: after its answer, or without one (withdrawn, abandoned as a draft).
 *
 * @param answered whether the agency abroad had answered it
 */
@DomainEvent
public record CooperationRequestClosed(CooperationRequestId request, String reference, CaseId caseId, CooperationKind kind,
                                       String country, boolean answered, Instant closedAt) {
}
