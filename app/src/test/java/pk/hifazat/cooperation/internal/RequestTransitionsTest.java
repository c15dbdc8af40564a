package pk.hifazat.cooperation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import pk.hifazat.cases.CaseId;
import pk.hifazat.cooperation.CooperationKind;
import pk.hifazat.cooperation.CooperationRequestId;
import pk.hifazat.cooperation.CooperationStatus;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.identity.Role;
import pk.hifazat.identity.UserId;

/** The rules of a request's way, without a database: which move each status allows and what it needs. */
class RequestTransitionsTest {

    private static final UserId DRAFTER = new UserId(UUID.randomUUID());
    private static final UserId SUPERVISOR = new UserId(UUID.randomUUID());

    @Test
    void onlyTheNextStatusesOfTheWayAreAllowed() {
        assertThat(RequestTransitions.next(CooperationStatus.DRAFT))
                .containsExactly(CooperationStatus.AWAITING_APPROVAL, CooperationStatus.CLOSED);
        assertThat(RequestTransitions.next(CooperationStatus.CLOSED)).isEmpty();
        assertThat(code(RequestTransitions.refusal(request(CooperationStatus.DRAFT, null), CooperationStatus.ANSWERED,
                "an answer", null).orElseThrow())).isEqualTo("cooperation.refused.notNext");
    }

    @Test
    void eachMoveSaysWhatItNeeds() {
        assertThat(refusal(request(CooperationStatus.DRAFT, null, List.of()), CooperationStatus.AWAITING_APPROVAL, null, null))
                .isEqualTo("cooperation.refused.nobodyConcerned");
        assertThat(refusal(request(CooperationStatus.AWAITING_APPROVAL, null), CooperationStatus.SENT, null, null))
                .isEqualTo("cooperation.refused.notApproved");
        assertThat(refusal(request(CooperationStatus.AWAITING_APPROVAL, SUPERVISOR), CooperationStatus.SENT, null, null))
                .isNull();
        assertThat(refusal(request(CooperationStatus.SENT, SUPERVISOR), CooperationStatus.ANSWERED, null, null))
                .isEqualTo("cooperation.refused.noAnswer");
        assertThat(refusal(request(CooperationStatus.AWAITING_APPROVAL, null), CooperationStatus.DRAFT, null, null))
                .isEqualTo("cooperation.refused.returnNeedsNote");
        assertThat(refusal(request(CooperationStatus.ACKNOWLEDGED, SUPERVISOR), CooperationStatus.CLOSED, null, null))
                .isEqualTo("cooperation.refused.closeNeedsNote");
        assertThat(refusal(request(CooperationStatus.ANSWERED, SUPERVISOR), CooperationStatus.CLOSED, null, null)).isNull();
    }

    @Test
    void onlyASupervisorWhoDidNotDraftItApprovesOnce() {
        CooperationRequest awaiting = request(CooperationStatus.AWAITING_APPROVAL, null);
        assertThat(approval(awaiting, Role.DISTRICT_OFFICER, SUPERVISOR)).isEqualTo("cooperation.refused.supervisorOnly");
        assertThat(approval(awaiting, Role.SUPERVISOR, DRAFTER)).isEqualTo("cooperation.refused.ownDraft");
        assertThat(approval(awaiting, Role.SUPERVISOR, SUPERVISOR)).isNull();
        assertThat(approval(request(CooperationStatus.AWAITING_APPROVAL, SUPERVISOR), Role.SUPERVISOR, new UserId(UUID.randomUUID())))
                .isEqualTo("cooperation.refused.alreadyApproved");
        assertThat(approval(request(CooperationStatus.DRAFT, null), Role.SUPERVISOR, SUPERVISOR))
                .isEqualTo("cooperation.refused.approveOnlyAwaiting");
    }

    @Test
    void aRequestIsOverdueOnlyWhileItWaitsForAnAnswerPastItsDay() {
        LocalDate later = LocalDate.of(2026, 12, 31);
        assertThat(request(CooperationStatus.SENT, SUPERVISOR).overdue(later)).isTrue();
        assertThat(request(CooperationStatus.ACKNOWLEDGED, SUPERVISOR).overdue(later)).isTrue();
        assertThat(request(CooperationStatus.ANSWERED, SUPERVISOR).overdue(later)).isFalse();
        assertThat(request(CooperationStatus.SENT, SUPERVISOR).overdue(LocalDate.of(2026, 12, 1))).isFalse();
    }

    private static String refusal(CooperationRequest request, CooperationStatus to, String answer, String note) {
        return RequestTransitions.refusal(request, to, answer, note).map(RequestTransitionsTest::code).orElse(null);
    }

    private static String approval(CooperationRequest request, Role role, UserId user) {
        return RequestTransitions.approvalRefusal(request, role, user).map(RequestTransitionsTest::code).orElse(null);
    }

    private static String code(MessageSourceResolvable reason) {
        return reason.getCodes()[0];
    }

    private static CooperationRequest request(CooperationStatus status, UserId approvedBy) {
        return request(status, approvedBy, List.of(UUID.randomUUID().toString()));
    }

    private static CooperationRequest request(CooperationStatus status, UserId approvedBy, List<String> persons) {
        return new CooperationRequest(new CooperationRequestId(UUID.randomUUID()), "COOP-2026-0001",
                new CaseId(UUID.randomUUID()), "NCCIA-MZG-2026-0001", new DistrictCode("PK623"), CooperationKind.INTERPOL,
                "DE", "BKA", "PECA 2016 s.42", "Records", status, LocalDate.of(2026, 12, 20), LocalDate.of(2026, 11, 20), null,
                null, null, DRAFTER, Instant.parse("2026-11-19T10:00:00Z"), approvedBy,
                approvedBy == null ? null : Instant.parse("2026-11-20T10:00:00Z"), persons, List.of());
    }
}
