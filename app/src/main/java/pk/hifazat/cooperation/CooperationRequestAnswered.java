package pk.hifazat.cooperation;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

import pk.hifazat.cases.CaseId;
import pk.hifazat.geography.DistrictCode;

/** The agency abroad answered a request (how long it took is {@code answeredOn} less {@code sentOn}). */
@DomainEvent
public record CooperationRequestAnswered(CooperationRequestId request, String reference, CaseId caseId,
                                         DistrictCode district, CooperationKind kind, String country, LocalDate sentOn,
                                         LocalDate answeredOn) {
}
