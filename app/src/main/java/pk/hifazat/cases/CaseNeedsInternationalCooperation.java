package pk.hifazat.cases;

import org.jmolecules.event.annotation.DomainEvent;

/** A foreign national joined a case, so the case is marked for international cooperation. */
@DomainEvent
public record CaseNeedsInternationalCooperation(CaseId caseId, CaseNumber number, PersonId person, String nationality) {
}
