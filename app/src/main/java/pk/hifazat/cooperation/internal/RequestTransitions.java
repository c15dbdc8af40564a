package pk.hifazat.cooperation.internal;

import static pk.hifazat.cooperation.CooperationStatus.ACKNOWLEDGED;
import static pk.hifazat.cooperation.CooperationStatus.ANSWERED;
import static pk.hifazat.cooperation.CooperationStatus.AWAITING_APPROVAL;
import static pk.hifazat.cooperation.CooperationStatus.CLOSED;
import static pk.hifazat.cooperation.CooperationStatus.DRAFT;
import static pk.hifazat.cooperation.CooperationStatus.SENT;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import pk.hifazat.cooperation.CooperationStatus;
import pk.hifazat.identity.Role;
import pk.hifazat.identity.UserId;

/**
 * The rules of a request's way: which status may follow which, and what each move needs. A refusal
 * is a message saying what is missing, never a silent no.
 */
final class RequestTransitions {

    private static final Map<CooperationStatus, List<CooperationStatus>> NEXT = Map.of(
            DRAFT, List.of(AWAITING_APPROVAL, CLOSED),
            AWAITING_APPROVAL, List.of(SENT, DRAFT),
            SENT, List.of(ACKNOWLEDGED, ANSWERED, CLOSED),
            ACKNOWLEDGED, List.of(ANSWERED, CLOSED),
            ANSWERED, List.of(CLOSED),
            CLOSED, List.of());

    private RequestTransitions() {
    }

    /** The statuses a request may move to from this one, in the order a page offers them. */
    static List<CooperationStatus> next(CooperationStatus from) {
        return NEXT.get(from);
    }

    /** Why the request may not move now, or empty when it may. */
    static Optional<MessageSourceResolvable> refusal(CooperationRequest request, CooperationStatus to, String answer,
                                                     String note) {
        CooperationStatus from = request.status();
        if (!NEXT.get(from).contains(to)) {
            return refused("cooperation.refused.notNext", status(from), status(to));
        }
        if (to == AWAITING_APPROVAL && request.persons().isEmpty() && request.identifiers().isEmpty()) {
            return refused("cooperation.refused.nobodyConcerned");
        }
        if (to == SENT && !request.approved()) {
            return refused("cooperation.refused.notApproved");
        }
        if (to == ANSWERED && answer == null) {
            return refused("cooperation.refused.noAnswer");
        }
        if (to == DRAFT && note == null) {
            return refused("cooperation.refused.returnNeedsNote");
        }
        if (to == CLOSED && from != ANSWERED && note == null) {
            return refused("cooperation.refused.closeNeedsNote");
        }
        return Optional.empty();
    }

    /** Why the request's content may not change now: only a draft's may. */
    static Optional<MessageSourceResolvable> editRefusal(CooperationRequest request) {
        return request.status() == DRAFT ? Optional.empty()
                : refused("cooperation.refused.onlyDrafts", status(request.status()));
    }

    /** Why this user may not approve the request now, or empty when they may. */
    static Optional<MessageSourceResolvable> approvalRefusal(CooperationRequest request, Role role, UserId user) {
        if (request.status() != AWAITING_APPROVAL) {
            return refused("cooperation.refused.approveOnlyAwaiting", status(request.status()));
        }
        if (role != Role.SUPERVISOR) {
            return refused("cooperation.refused.supervisorOnly");
        }
        if (request.draftedBy().equals(user)) {
            return refused("cooperation.refused.ownDraft");
        }
        if (request.approved()) {
            return refused("cooperation.refused.alreadyApproved");
        }
        return Optional.empty();
    }

    private static MessageSourceResolvable status(CooperationStatus status) {
        return new DefaultMessageSourceResolvable("cooperation.status." + status);
    }

    private static Optional<MessageSourceResolvable> refused(String code, Object... arguments) {
        return Optional.of(new DefaultMessageSourceResolvable(new String[] {code}, arguments));
    }
}
