package pk.hifazat.cooperation;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;

import pk.hifazat.cases.CaseId;
import pk.hifazat.geography.DistrictCode;

/** A request abroad was drafted for a case. */
@DomainEvent
public record CooperationRequestDrafted(CooperationRequestId request, String reference, CaseId caseId,
                                        DistrictCode district, CooperationKind kind, String country, Instant draftedAt) {
}
