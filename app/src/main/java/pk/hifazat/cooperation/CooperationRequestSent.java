package pk.hifazat.cooperation;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

import pk.hifazat.cases.CaseId;
import pk.hifazat.geography.DistrictCode;

/** An approved request went to the agency abroad, with the date an answer is due. */
@DomainEvent
public record CooperationRequestSent(CooperationRequestId request, String reference, CaseId caseId, DistrictCode district,
                                     CooperationKind kind, String country, LocalDate sentOn, LocalDate dueOn) {
}
