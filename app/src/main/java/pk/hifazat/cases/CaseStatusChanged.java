package pk.hifazat.cases;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A case moved to another status through a guarded transition.
 *
 * @param outcome how it ended, when {@code to} is {@link CaseStatus#CLOSED}; null otherwise
 */
@DomainEvent
public record CaseStatusChanged(CaseId caseId, CaseNumber number, CaseStatus from, CaseStatus to, CaseOutcome outcome,
                                Instant changedAt) {
}
