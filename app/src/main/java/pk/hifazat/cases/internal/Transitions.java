package pk.hifazat.cases.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import pk.hifazat.cases.CaseOutcome;
import pk.hifazat.cases.CaseStatus;

/**
 * The rule of a case's status, written once: forward one step at a time (intake → investigating →
 * action → prosecution), closed from any open status (convicted or acquitted only from prosecution,
 * with the verdict on the timeline; withdrawn or transferred with a reason), reopened from closed
 * to investigating with a reason. A refusal names what is missing, as a message key.
 */
final class Transitions {

    private Transitions() {
    }

    /** The statuses a case in this status may move to. */
    static List<CaseStatus> next(CaseStatus from) {
        return switch (from) {
            case INTAKE -> List.of(CaseStatus.INVESTIGATING, CaseStatus.CLOSED);
            case INVESTIGATING -> List.of(CaseStatus.ACTION, CaseStatus.CLOSED);
            case ACTION -> List.of(CaseStatus.PROSECUTION, CaseStatus.CLOSED);
            case PROSECUTION -> List.of(CaseStatus.CLOSED);
            case CLOSED -> List.of(CaseStatus.INVESTIGATING);
        };
    }

    /** Why the move may not be made, or empty when it may. */
    static Optional<MessageSourceResolvable> refusal(CaseStatus from, CaseStatus to, CaseOutcome outcome, String reason,
                                                     CaseFacts facts) {
        boolean hasReason = reason != null && !reason.isBlank();
        if (!next(from).contains(to)) {
            return refused("cases.refused.notAllowed", status(from), status(to));
        }
        if (from == CaseStatus.CLOSED) {
            return hasReason ? Optional.empty() : refused("cases.refused.reopenNeedsReason");
        }
        return switch (to) {
            case INVESTIGATING -> !facts.hasLeadOfficer() ? refused("cases.refused.investigatingNeedsLead")
                    : facts.offences() == 0 ? refused("cases.refused.investigatingNeedsOffence") : Optional.empty();
            case ACTION -> facts.suspects() == 0 ? refused("cases.refused.actionNeedsSuspect") : Optional.empty();
            case PROSECUTION -> facts.chargedSuspects() == 0 ? refused("cases.refused.prosecutionNeedsChargedSuspect")
                    : Optional.empty();
            case CLOSED -> closing(from, outcome, hasReason, facts);
            case INTAKE -> refused("cases.refused.notAllowed", status(from), status(to));
        };
    }

    private static Optional<MessageSourceResolvable> closing(CaseStatus from, CaseOutcome outcome, boolean hasReason,
                                                             CaseFacts facts) {
        if (outcome == null) {
            return refused("cases.refused.closingNeedsOutcome");
        }
        return switch (outcome) {
            case CONVICTED, ACQUITTED -> {
                if (from != CaseStatus.PROSECUTION) {
                    yield refused("cases.refused.verdictNeedsProsecution");
                }
                if (outcome == CaseOutcome.CONVICTED && !facts.convictionRecorded()) {
                    yield refused("cases.refused.convictedNeedsConviction");
                }
                yield outcome == CaseOutcome.ACQUITTED && !facts.acquittalRecorded()
                        ? refused("cases.refused.acquittedNeedsAcquittal") : Optional.empty();
            }
            case WITHDRAWN, TRANSFERRED -> hasReason ? Optional.empty() : refused("cases.refused.closingNeedsReason");
        };
    }

    static MessageSourceResolvable status(CaseStatus status) {
        return new DefaultMessageSourceResolvable("cases.status." + status);
    }

    private static Optional<MessageSourceResolvable> refused(String key, Object... arguments) {
        return Optional.of(new DefaultMessageSourceResolvable(new String[] {key}, arguments));
    }
}
