package pk.hifazat.cooperation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import pk.hifazat.cases.CaseId;
import pk.hifazat.cooperation.CooperationKind;
import pk.hifazat.cooperation.CooperationRequestId;
import pk.hifazat.cooperation.CooperationStatus;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.identity.UserId;

/**
 * A request to an agency abroad, as stored.
 *
 * @param reference   how officers and the partner name it, for example {@code COOP-2026-0007}
 * @param country     the counterpart's country, ISO 3166-1 alpha-2 (DE for Germany)
 * @param persons     the ids of the case's persons it concerns
 * @param identifiers the identifiers it asks about, as the case writes them ({@code PHONE +923001234567})
 */
public record CooperationRequest(CooperationRequestId id, String reference, CaseId caseId, String caseNumber,
                                 DistrictCode district, CooperationKind kind, String country, String agency,
                                 String legalBasis, String asked, CooperationStatus status, LocalDate dueOn,
                                 LocalDate sentOn, LocalDate acknowledgedOn, LocalDate answeredOn, String answer,
                                 UserId draftedBy, Instant draftedAt, UserId approvedBy, Instant approvedAt,
                                 List<String> persons, List<String> identifiers) {

    public CooperationRequest {
        persons = persons == null ? List.of() : List.copyOf(persons);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    public boolean approved() {
        return approvedBy != null;
    }

    /** Sent or acknowledged, and the day the answer was due has passed. */
    public boolean overdue(LocalDate today) {
        return (status == CooperationStatus.SENT || status == CooperationStatus.ACKNOWLEDGED) && dueOn.isBefore(today);
    }
}
