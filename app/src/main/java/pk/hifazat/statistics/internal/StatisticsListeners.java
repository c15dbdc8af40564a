package pk.hifazat.statistics.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import pk.hifazat.cases.CaseEventKind;
import pk.hifazat.cases.CaseEventRecorded;
import pk.hifazat.cases.CaseOffences;
import pk.hifazat.cases.CaseOpened;
import pk.hifazat.cases.CaseRole;
import pk.hifazat.cases.CaseStatus;
import pk.hifazat.cases.CaseStatusChanged;
import pk.hifazat.cases.ChildRescued;
import pk.hifazat.cases.PersonId;
import pk.hifazat.cases.PersonJoinedCase;
import pk.hifazat.cases.ReportsAttachedToCase;
import pk.hifazat.intake.ReportId;
import pk.hifazat.safeguarding.ChildSafeguarded;

/**
 * Keeps the facts and their counts current as cases and safeguarding announce changes: no nightly
 * rebuild (reports are counted by {@link ReceivedReportsCounted} and {@link TriagedReportsCounted}). Each listener runs after its source committed, in its own transaction, retried by the
 * event publication registry when it fails. A child counts as safeguarded on the first of a case's
 * rescue and safeguarding's step, whichever arrives (both are kept; the counts take the earliest).
 */
@Component
class StatisticsListeners {

    private final Facts facts;
    private final Counts counts;
    private final CaseOffences offences;

    StatisticsListeners(Facts facts, Counts counts, CaseOffences offences) {
        this.facts = facts;
        this.counts = counts;
        this.offences = offences;
    }

    @ApplicationModuleListener
    void on(CaseOpened opened) {
        UUID id = opened.caseId().value();
        counts.changeCases(List.of(id), () -> facts.opened(id, opened.openedAt(),
                opened.district() == null ? null : opened.district().value(),
                opened.unit() == null ? null : opened.unit().value(), offences.of(opened.caseId())));
    }

    /**
     * Under the reports' locks as well as the case's: the case takes its category from the reports'
     * facts, which {@link ReceivedReportsCounted} may be writing at this moment. Either it has
     * committed and the category is read from its facts, or it waits and then finds this case among
     * its reports' cases; without the reports' locks each could miss the other, and the case stay
     * uncategorised.
     */
    @ApplicationModuleListener
    void on(ReportsAttachedToCase attached) {
        UUID id = attached.caseId().value();
        List<UUID> reports = attached.reports().stream().map(ReportId::value).toList();
        counts.changeReports(reports, () -> counts.changeCases(List.of(id), () -> facts.attached(id, reports,
                attached.attachedAt())));
    }

    @ApplicationModuleListener
    void on(CaseStatusChanged changed) {
        UUID id = changed.caseId().value();
        counts.changeCases(List.of(id), () -> {
            facts.offences(id, offences.of(changed.caseId()));
            if (changed.to() == CaseStatus.CLOSED) {
                facts.closed(id, changed.changedAt(), changed.outcome() == null ? null : changed.outcome().name());
            } else if (changed.from() == CaseStatus.CLOSED) {
                facts.closed(id, null, null);
            }
        });
    }

    @ApplicationModuleListener
    void on(PersonJoinedCase joined) {
        UUID id = joined.caseId().value();
        if (joined.role() == CaseRole.VICTIM) {
            counts.changeCases(List.of(id), () -> facts.victim(id, joined.person().value(), joined.joinedAt(), joined.age(),
                    joined.gender(), joined.relationship() == null ? null : joined.relationship().name(),
                    joined.place() == null ? null : joined.place().name()));
        } else if (joined.role() == CaseRole.SUSPECT) {
            counts.changeCases(List.of(id), () -> facts.suspect(id, joined.person().value(), joined.joinedAt()));
        }
    }

    @ApplicationModuleListener
    void on(CaseEventRecorded recorded) {
        if (recorded.kind() != CaseEventKind.ARREST && recorded.kind() != CaseEventKind.CHARGE_SHEET
                && recorded.kind() != CaseEventKind.CONVICTION) {
            return;
        }
        UUID id = recorded.caseId().value();
        counts.changeCases(List.of(id), () -> facts.happened(id, recorded.persons().stream().map(PersonId::value).toList(),
                recorded.kind().name(), recorded.occurredOn()));
    }

    /** Safeguarded on the pathway: rescued in a raid (also announced as a rescue) or taken to safety otherwise. */
    @ApplicationModuleListener
    void on(ChildSafeguarded safeguarded) {
        UUID id = safeguarded.child().caseId().value();
        counts.changeCases(List.of(id), () -> facts.happened(id, List.of(safeguarded.child().person().value()), "SAFEGUARDED",
                safeguarded.on()));
    }

    @ApplicationModuleListener
    void on(ChildRescued rescued) {
        UUID id = rescued.caseId().value();
        counts.changeCases(List.of(id), () -> facts.happened(id, List.of(rescued.child().value()), "RESCUE",
                rescued.rescuedOn()));
    }
}
