package pk.hifazat.cases;

import org.jmolecules.event.annotation.DomainEvent;

import pk.hifazat.geography.DistrictCode;

/** A foreign national joined a case, so the case is marked for international cooperation. */
@DomainEvent
public record CaseNeedsInternationalCooperation(CaseId caseId, CaseNumber number, DistrictCode district, PersonId person,
                                                String nationality) {
}
