package pk.hifazat.cases.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.Outcome;
import pk.hifazat.cases.CaseOutcome;
import pk.hifazat.cases.CaseStatus;
import pk.hifazat.cases.CaseStatusChanged;
import pk.hifazat.identity.Access;

/** A case's status, lead officer, team and offences. */
@Service
class CaseProgress {

    private final CaseFiles cases;
    private final CaseGuard guard;
    private final StaffChoices staff;
    private final Offences offences;
    private final Access access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseProgress(CaseFiles cases, CaseGuard guard, StaffChoices staff, Offences offences, Access access, AuditLog audit,
                 ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.guard = guard;
        this.staff = staff;
        this.offences = offences;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Moves the case if its guards allow; otherwise refuses with what is missing (audited as refused,
     * nothing changed).
     */
    @Transactional
    CaseFile changeStatus(String number, CaseRequests.ChangeStatus request) {
        CaseStatus to = Inputs.choice(CaseStatus.class, request.to(), "to");
        CaseOutcome outcome = to == CaseStatus.CLOSED && request.outcome() != null && !request.outcome().isBlank()
                ? Inputs.choice(CaseOutcome.class, request.outcome(), "outcome") : null;
        String reason = Inputs.text(request.reason(), "reason", 2000, false);
        CaseFile file = guard.lockVisible(number, CasesAction.CHANGE_CASE_STATUS);
        var refusal = Transitions.refusal(file.status(), to, outcome, reason, cases.facts(file.id()));
        if (refusal.isPresent()) {
            MessageSourceResolvable why = refusal.get();
            audit.recordIndependently(AuditRecord.of(CasesAction.CHANGE_CASE_STATUS, "Case", file.number())
                    .by(access.require().username()).withOutcome(Outcome.REFUSED).withDetail(why.getCodes()[0]));
            throw new TransitionRefusedException(why);
        }
        guard.check(file, CasesAction.CHANGE_CASE_STATUS, "Case", file.number());
        Instant now = clock.instant();
        cases.changeStatus(file.id(), file.status(), to, outcome, reason, now, access.require().id());
        events.publishEvent(new CaseStatusChanged(file.id(), file.number(), file.status(), to, outcome, now));
        return cases.byId(file.id()).orElseThrow();
    }

    @Transactional
    void changeTeam(String number, CaseRequests.ChangeTeam request) {
        var lead = staff.requireOne(request.lead(), "lead", false);
        var team = staff.require(request.team(), "team");
        var codes = offences.require(request.offences(), "offences");
        CaseFile file = guard.change(number, CasesAction.CHANGE_CASE, "");
        cases.changeLead(file.id(), lead);
        cases.replaceTeam(file.id(), team);
        cases.replaceOffences(file.id(), codes);
    }
}
