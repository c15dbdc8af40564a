package pk.hifazat.cases;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

import pk.hifazat.geography.DistrictCode;

/** A child (a victim of the case) was rescued: where safeguarding starts. One event per child. */
@DomainEvent
public record ChildRescued(CaseId caseId, CaseNumber number, PersonId child, LocalDate rescuedOn, DistrictCode district) {
}
